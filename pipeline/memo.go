package pipeline

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"github.com/kgbuild/kg/extract"
	"github.com/kgbuild/kg/sources"
)

// GraphVersion names what the stages after the parse (extract, resolve,
// build) make of parsed documents. Extraction memos are kept under it and
// ParseVersion, and the stamp of a stored graph holds both, so that a
// binary whose stages extract, reconcile or build differently never takes
// another's memos or stored graph for its own, while go run and go build
// of the same source share them. TestGraphVersion fails when the graphs of
// the development corpora change and this is not bumped.
const GraphVersion = "g48" // g48: near spellings, company kind words, typing (makers, nicknames, ties), one-word places, own-site outlets, holidays, surname groups past 16 counted; g47: entity typing, series credits and cast lists from real pages (qent21, qcast21); g46: alias rules from real pages (vowel swaps, org inner words, acronym tails, channel figures, plural titles, page-local short names, one-off spellings of a person); g45: abbreviations MD/PG/IQ no names, runs cut short of generic words no person's, character-page fields with titles and initials, cover names offer no surname; g44: aliases, types and series membership from real pages (quoted nicknames opening a sentence, lone nicknames, particle surnames, kin slips, given names of characters; office heads, theme fields, landforms, origin adjectives; kin and actors placing characters in series; character-company typing); g43: spotting on news pages (hyphenated compounds and comparisons, title-cased headline runs, award categories, events, nationality plurals, bylines before dates, glued photo credits, titles after the article, posts, common-word surnames, fact-box label lines, seasons, numbered acronyms, broken lines, headline subtitles, eras, second places in pairs), types (actors named first before brackets, headings naming known characters, company officers and creators' possessives, performance possessives, roles judged with as, makers before a title, case names, titles cued by the words around them, organization shapes, adapted-from lists, town part nouns, company and venue nouns) and aliases (middle-name characters, lone slips once placed, one-word characters joined to the only full name beside them, nicknames in single quotes, letters after a name, a surname shared by a list, quoted character names); g42: relations of news and recaps (plural kin before a list, places before "on" a network, fact-box values split at credit words, a page's one author of novels, lead-the-cast and series-star wording, Significant Others, listing lines, bracketed cast notes, business partners, joined the cast as), spotting (possessive field words, novels after common words, opening prepositions, publication endings, ampersands, outlet staff, quoted headline titles, headline words, picture credits, values cut after a small word) and series titles (headlines cut at a colon, offices as titles, page-kind labels, question words, headings over a lead sentence, one title as series, novel and company, remakes, soap); g41: a crime story's verb in the passive before a character, a series after prequel and reboot words and an office-shaped title after a show word, real-person cues before a name the corpus knows as a character's, makers before "stars", places by the tagger's label refused before an actor or for a given name, well-known places before "on" a network, "playing" a show's character, "the X era", image companies, street and square places, and a boss's or nemesis's name a character's; g40: less common familiar given forms, an acronym joined to the one organization every document writing it names, and a slip of one letter between two full names or two long one-word names with nothing else to tie them; g39: captions with an unlabelled picture credit or printed twice read as sentences and their credits as sources, head shots' captions in a cast section credited as the series' stars, bylines after a writer's portrait text, fact-box cast labels asked as questions; g38: a title's short form with its full stop ("Det. Sgt.", "Supt.") kept in the sentence of the name after it; g37: a title split off a name keeps the opening mark of the quoted nickname it opens with, "Character (Actor)" with a quoted nickname in the character's name, a left single quotation mark folded as an apostrophe; g36: a lone word that renews, orders or has learned of a show, that a show is released, ordered or broadcast by, or that follows "network," is an organization, and a name ending in an organization's word makes it no person's; a network's short name kept apart from its service and news division; g35: a rank before a name in parentheses after an actor marks it the actor's role, an actor's possessive before a name only guessed a person's names the role, kin and colleagues after an actor's possessive no role; g34: names joined by a slash in a field value read apart, a name's leading initial kept with it in prose; g33: a lone well-known given name in prose a character, name particles and a title word inside a quoted nickname kept in the name, offices of state before a name trimmed off it (and alone no name), "&" between two full names, a field's value cut off at the page's end, a nationality compound no place, a well-known place opening a sentence, a publication someone spoke to or that speaks, an award won; g32: "Actor as Character" lines outside a page's cast section and captions naming several actors with their roles credit the series' stars, a character page's Series field names the series its character and kin appear in, the actor of a series' title character stars in it; g31: types by the words around a name (an apposition that says what it is, a crime-story verb after it, "and other dramas" after a list, "on" and a well-known network), a full name guessed a person's whose surname an actor plays, an acronym spelt out in parentheses, no sentence end at a title's dot before a mention, an author's bare possessive, more networks, cartels and syndicates; g30: a lone quoted nickname a short form of the name quoting it (also where the lexicon took it for a person's), an acronym joined to the place, series or person of its document it spells or names, a shape-typed character's name that starts one organization's, short forms listed as aliases unless written for another entity; g29: a quoted title in running text cued by the words outside its quotation marks (a network's possessive, "starred in", "the series"), a quoted title in parentheses after a full name, no book from "based on the series"; g28: a page's first line opening with a bare title its page names again twice (before a parenthesis, a comma, a colon or an episode number) gives the page's series; g27: a role after "as" credited to the title that "in" or "on" brings after a verb of appearing ("appeared on A and in B as X"), a network's possessive before such a title; g26: a lone given name the lexicon took for a person's joins the one character named in full with it; g25: titles listed after credits words ("appearances include those in"), no place pairs there, no title from a credits word before a well-known place, "this season of" and "five series of" before a series; g24: a surname misspelt once in one document, a given name one slip from a known one that names no one; g23: a character named by an actor's surname the page gave in full, story role nouns before names, plural show words as series cues; g22: cast runs read through roles, asides and joining words, a network's possessive with the apostrophe alone, fact-box cast labels, a value's closing full stop; g21: a series named after its lead kept apart from the lead (the lead's full name where the words speak of a series, a cast note of the lead, type votes leaving both); g20: series cues before acronyms and credits, the lexicon weighing context over letters, a weak guess following its name's other mentions, book cues, "Bros" as an organization's last word; g19: bare bylines, photo credits split from captions (bylines and sources), captions with credits read as sentences, copyright notices, wiki Edit links off headings, glued cast runs; g18: a lone word of a full name the page gives kept as its short form, a network not its studio or its group of networks; g17: a letter before a common word ("D-list") names nothing; g16: names listed beside a series typed as series; g15: the surname of a guessed name a page made a character's looked for alone; g14: possessive titles and plural-possessive organization names, posts and offices as no names, capitalised common nouns and ratings as no acronyms, titles after a network's possessive or a role on them, book series, quoted or ranked characters in cast pairs, credit notes split at "and The"; g13: "who plays", credits told title first or by "He"/"She", an actor with a credit or a noun in parentheses, apposed roles and kin after cast notes, based-on windows end at a new clause, roles of a relative name no role; g12: a lone name or an actor's misspelt name joined through the role, a pen name, two words of a name swapped, a persona's second full name, names without and by a quoted nickname as aliases; g11: recaps and lone recurring names, cast-line occupations, renewal round-ups, acronym franchises, photo credits, table-infobox family rows, a capitalised "The" in organizations' names; g10: hard-wrapped paragraphs read whole, trade news credits (owned company lists, "who developed", "remain executive producers", "comes from"), cast notes of kin, pronoun killings, studios are no networks, works named as credits are not the series; g9: sentences go on after "U.S.", cast lines that lost their tab; g8: short names kept from pages of strangers, clergy ranks as titles, writers' roles before names, words glued before full names, spelling variants on pages of other series sharing two names; g7: members told by their post or work, a list item's prose, quoted titles, units with numbers, pronouns over kin lists and coordinated verbs; g6: names in the two orders, a franchise subtitle alone, plural company names, cast items with the actor in parentheses; g5: a document's general fate subsumed by its specific one

// memoLayout names the layout of a memo entry (see encodeMemo and
// extract.Memo.MarshalBinary); m2: hand-written, where m1 was gob.
const memoLayout = "m2"

// memoVersion is the version extraction memos are kept under.
const memoVersion = ParseVersion + GraphVersion + memoLayout

// MemoCache keeps each document's extraction memo (see extract.Memo) by
// the document's content and id, so that re-ingesting a folder reads
// again only the documents an edit touches.
type MemoCache interface {
	// GetMemo returns the memo stored for d, if any.
	GetMemo(d *sources.Document) (*extract.Memo, bool)
	// PutMemo stores m for d; a failure only costs a reading next time.
	PutMemo(d *sources.Document, m *extract.Memo) error
}

var _ MemoCache = (*DirCache)(nil)

// memoDir is the folder of the memos inside a cache directory.
const memoDir = "extract"

// memoName matches the name of a memo: version, "-", the SHA-256 of the
// document, "-", a digest of its reader and id, ".memo".
var memoName = regexp.MustCompile(`^([a-z0-9]+)-([0-9a-f]{64})-([0-9a-f]{16})\.memo$`)

// cachedMemo is one memo entry. Version and Key say what it was made
// for, so that GetMemo can tell an entry that does not belong under its
// name.
type cachedMemo struct {
	Version, Key string
	Memo         []byte
}

// encode lays the entry out as three uvarint-prefixed fields (version,
// key, memo): read for every document of a re-ingest, it costs nothing
// to set up, as gob did for each.
func (m cachedMemo) encode() []byte {
	b := make([]byte, 0, len(m.Version)+len(m.Key)+len(m.Memo)+3*binary.MaxVarintLen64)
	for _, f := range [][]byte{[]byte(m.Version), []byte(m.Key), m.Memo} {
		b = binary.AppendUvarint(b, uint64(len(f)))
		b = append(b, f...)
	}
	return b
}

// errMemoEntry is returned for a memo entry that does not decode.
var errMemoEntry = errors.New("memo entry damaged")

// decodeMemoEntry reads an entry written by encode; its Memo is a slice
// of data.
func decodeMemoEntry(data []byte) (cachedMemo, error) {
	var f [3][]byte
	for i := range f {
		n, w := binary.Uvarint(data)
		if w <= 0 || n > uint64(len(data)-w) {
			return cachedMemo{}, errMemoEntry
		}
		f[i], data = data[w:w+int(n)], data[w+int(n):]
	}
	if len(data) != 0 {
		return cachedMemo{}, errMemoEntry
	}
	return cachedMemo{string(f[0]), string(f[1]), f[2]}, nil
}

// memoKey is what a memo is made for: the document's content as its
// reader read it, and its id, which its mentions carry.
func memoKey(d *sources.Document) string { return d.CacheKey() + "\x00" + d.ID }

func (c *DirCache) memoPath(d *sources.Document) string {
	sum := sha256.Sum256([]byte(memoKey(d)))
	return filepath.Join(c.dir, memoDir, memoVersion+"-"+d.Hash+"-"+hex.EncodeToString(sum[:8])+".memo")
}

// GetMemo implements MemoCache. An entry that does not decode, or that
// says it was made by another version or for another document, is a
// miss, and is removed.
func (c *DirCache) GetMemo(d *sources.Document) (*extract.Memo, bool) {
	if c.salt == "" {
		return nil, false
	}
	path := c.memoPath(d)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, false
	}
	memo := &extract.Memo{}
	m, err := decodeMemoEntry(data)
	if err != nil || m.Version != memoVersion || m.Key != memoKey(d) || memo.UnmarshalBinary(m.Memo) != nil {
		os.Remove(path)
		return nil, false
	}
	now := time.Now()
	os.Chtimes(path, now, now) // used: see Prune
	return memo, true
}

// PutMemo implements MemoCache, writing through a temporary file.
func (c *DirCache) PutMemo(d *sources.Document, m *extract.Memo) error {
	if c.salt == "" {
		return nil
	}
	data, err := m.MarshalBinary()
	if err != nil {
		return fmt.Errorf("encode memo of %s: %w", sources.DisplayPath(d.Path), err)
	}
	return writeEntry(filepath.Join(c.dir, memoDir), c.memoPath(d), cachedMemo{memoVersion, memoKey(d), data}.encode())
}

// Stamp returns the stamp of a run on docs: a digest of the versions of
// the stages and of every document as loaded, in order (id, path, title,
// kind, date, author, content hash, reader, size). The documents given
// decide all that shapes the graph (the options of a run only decide
// which documents it loads), so a run with the stamp of the stored graph
// would build that graph again: re-ingesting a graph's own documents
// keeps its ids, and finds the same entities and relations.
func Stamp(docs []*sources.Document) string {
	type entry struct {
		ID, Path, Title, Kind, Date, Author, Hash, Reader string
		Size                                              int
	}
	h := sha256.New()
	fmt.Fprintf(h, "kg %s %s\n", ParseVersion, GraphVersion)
	enc := json.NewEncoder(h)
	for _, d := range docs {
		enc.Encode(entry{d.ID, d.Path, d.Title, d.Kind, d.Date, d.Author, d.Hash, d.Reader, d.Size()})
	}
	return hex.EncodeToString(h.Sum(nil))
}
