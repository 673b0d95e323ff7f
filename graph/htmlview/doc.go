// Package htmlview writes a graph as one self-contained HTML page that
// draws it interactively, so that a person can explore what kg built with
// nothing but a browser: no server, no Neo4j, no network.
//
// The page holds the whole graph as JSON, the page's script and style, and
// the graph-drawing library, all inline; a Content-Security-Policy forbids
// it to load anything. It draws entities coloured by type with the palette
// of queries/style.grass (export.Palette) and sized by degree; it has a
// search box that ignores case, accents and punctuation and matches
// canonical names, aliases and spelling variants; filters by entity type
// and by predicate; and a details panel that shows, for an entity, its
// spellings with the documents using each and its conflicts, and for a
// relation, its evidence sentences with each document's title and date.
// Clicking a node draws its neighbours, so a page that opens on one
// entity's neighbourhood (Options.Focus) can be explored outwards.
//
// Names, sentences and titles come from documents: they are data, never
// markup. The JSON is written so that no text can end its <script>
// element (see scriptJSON), and the script puts text in the page only as
// text nodes and canvas labels.
//
// # Why Cytoscape.js, and a layout computed here
//
// The page uses Cytoscape.js (npm package cytoscape, pinned in
// cytoscape/README.md, MIT licence in cytoscape/LICENSE), for these
// reasons:
//
//   - It draws on a canvas, not one DOM node per element, so 5,000 nodes
//     and their edges pan and zoom smoothly; labels are hidden below a
//     legible size, and edges while moving, in big graphs. Unlike WebGL
//     libraries (sigma.js), it needs no GPU: it works in headless Chromium,
//     in virtual machines and in remote desktops, where WebGL is often off.
//   - It is one file with no dependencies, so the page embeds exactly the
//     file npm ships, unchanged, and nothing is bundled or built.
//   - It is maintained (releases every few months), widely used, and has
//     the interaction kg needs built in: tap events on nodes and edges,
//     classes for filtering and highlighting, animated viewport moves.
//
// Cytoscape.js's own force layouts take minutes at 5,000 nodes, so kg lays
// the graph out itself, in Go, when it writes the page (Layout):
// ForceAtlas2 with Barnes-Hut repulsion, about a second for 5,000 nodes,
// then overlap removal using each node's size and name, and the connected
// components packed side by side. The page opens at once, already laid
// out, and the same graph always gives the same page.
package htmlview
