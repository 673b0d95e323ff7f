package queries

import (
	"embed"
	"sort"
)

// Style is the Neo4j Browser style sheet of the kg graph (style.grass): one
// colour per entity type, the same as kg viz, and names as captions. It is
// embedded so that kg guide can serve it to Browser's :style command.
//
//go:embed style.grass
var Style []byte

//go:embed browser/*.cypher
var browserFiles embed.FS

// Browser returns the queries written for Neo4j Browser rather than for kg
// query: they return paths, which Browser draws as a graph, where the saved
// queries return rows for a terminal. They live in browser/, outside All,
// so that kg query does not offer them. Sorted by name.
func Browser() []Query {
	entries, err := browserFiles.ReadDir("browser")
	if err != nil {
		panic(err)
	}
	var qs []Query
	for _, f := range entries {
		data, err := browserFiles.ReadFile("browser/" + f.Name())
		if err != nil {
			panic(err)
		}
		q, err := Parse("browser/"+f.Name(), string(data))
		if err != nil {
			panic(err) // a broken embedded query is a build error; TestBrowser reports it
		}
		qs = append(qs, q)
	}
	sort.Slice(qs, func(i, j int) bool { return qs[i].Name < qs[j].Name })
	return qs
}
