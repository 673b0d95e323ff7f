package resolve

// broadcasterWords end the names of networks and streamers.
var broadcasterWords = map[string]bool{"broadcasting": true, "network": true, "networks": true, "television": true,
	"tv": true, "channel": true, "channels": true, "plus": true, "streaming": true, "broadcasters": true}

// bookSeriesWords are the generic words of book titles.
var bookSeriesWords = map[string]bool{"novel": true, "novels": true, "book": true, "books": true}
