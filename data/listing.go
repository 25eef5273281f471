package data

import (
	"io/fs"

	"github.com/caravan-analytics/caravan/data/filestamp"
)

// ListedFile is an article file as a listing of the folder finds it,
// before it is read.
type ListedFile struct {
	Name  string          // path in the folder, slash-separated
	Stamp filestamp.Stamp // of the file it is (a link's target)
}

// ListArticleFiles lists the files ReadArticles would read under fsys, in
// path order, with the problems found while listing (names it cannot
// read, links out of the folder, …), without opening any file. A cache
// compares it with the listing it was made from to tell that a folder is
// unchanged.
func ListArticleFiles(fsys fs.FS) ([]ListedFile, []Problem, error) {
	files, problems, err := listArticleFiles(fsys)
	if err != nil {
		return nil, nil, err
	}
	out := make([]ListedFile, len(files))
	for i, f := range files {
		out[i] = ListedFile{Name: f.name, Stamp: filestamp.Of(f.info)}
	}
	return out, problems, nil
}
