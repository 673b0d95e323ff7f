package extract

import "github.com/kgbuild/kg/names"

// awardCategoryOpeners open the names of award categories ("Outstanding
// Drama Series", "Best Supporting Actress"), which are no entities of the
// graph; no person's, series' or company's name opens with them.
var awardCategoryOpeners = map[string]bool{"outstanding": true, "best": true}

// awardCategoryWords are the words that, after an opener, make the run an
// award category: "Best" alone may open a band's or a shop's name.
var awardCategoryWords = map[string]bool{"actor": true, "actress": true, "performance": true, "drama": true, "series": true,
	"miniseries": true, "comedy": true, "writing": true, "directing": true, "direction": true, "casting": true,
	"cinematography": true, "editing": true, "music": true, "score": true, "screenplay": true, "film": true, "picture": true,
	"supporting": true, "lead": true, "limited": true, "television": true, "movie": true, "ensemble": true, "cast": true,
	"program": true, "programme": true, "writer": true, "director": true, "documentary": true, "production": true}

// awardCategory reports whether a run of two words or more names an award
// category: it opens with "Outstanding" or "Best", and one of its other
// words is a category's ("Outstanding Miniseries", "Best Actor").
func awardCategory(r *run) bool {
	if r.n < 2 || !names.InLower(awardCategoryOpeners, r.first) {
		return false
	}
	for _, w := range r.words[1:] {
		if names.InLower(awardCategoryWords, w.Text) {
			return true
		}
	}
	return false
}
