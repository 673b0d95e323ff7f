package names

// PostNominals holds the letters a page writes after a person's name for an
// honour, a decoration, an office or a degree ("Ann Roe OBE", "Ray Hobb MP"),
// case kept. A run of capitalised words that ends in them is the name before
// them: the letters are a title the person holds, as "Sir" or "Dr." before
// the name are, and no other name of the corpus is written with them.
var PostNominals = wordSet("post-nominals")
