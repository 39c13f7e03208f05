// Package storyfold bundles the data the binary ships with: the five seed
// pages of one real story that `storyfold demo` ingests and shows.
package storyfold

import (
	"embed"
	"io/fs"
)

//go:embed testdata/seeds/*.txt
var seeds embed.FS

// Seeds returns the bundled seed pages, as files named NNN_hash.txt at the
// root of the returned file system.
func Seeds() fs.FS {
	sub, err := fs.Sub(seeds, "testdata/seeds")
	if err != nil {
		panic(err) // the path is fixed at build time; cannot fail
	}
	return sub
}
