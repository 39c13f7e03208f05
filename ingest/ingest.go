// Package ingest reads the pages crawlers collect into news.Page records:
// single files (.html/.htm, .txt), JSONL dumps (one object a line), WARC
// archives (response records, as Common Crawl's CC-NEWS publishes them),
// any of them gzipped, from files, directories, or standard input.
//
// Crawled input is hostile: binary files under page names, truncated
// archives, gzip bombs, lines of hundreds of megabytes, symlink loops. Read
// never gives up on an input because of one bad record: it emits a Page
// whose Skip says what was wrong and where, and goes on with the next
// record. It streams, so memory stays bounded by Options' caps whatever the
// size of the input. Character decoding is not done here: Content holds the
// record's bytes as they were, and extract.Decode turns them into text.
package ingest

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/zeebo/xxh3"

	"github.com/storyfold/storyfold/news"
)

// Options configures Read.
type Options struct {
	// MaxRecordBytes caps one record's content after decompression: a
	// larger page, JSONL field or WARC record is skipped as too_large, and a
	// gzip bomb is cut off here.
	MaxRecordBytes int64
	// MaxLineBytes caps one JSONL line; a longer line is skipped as
	// too_large with its file and line number.
	MaxLineBytes int
	// MaxHeaderBytes caps one WARC or HTTP header line and a WARC record's
	// whole header block.
	MaxHeaderBytes int
	// Stdin is read for the input "-".
	Stdin io.Reader
}

// DefaultOptions returns the options storyfold runs with.
func DefaultOptions() Options {
	return Options{
		// 32 MiB: the largest page in the WCXB dev set (1,497 pages) is
		// 5.3 MB decompressed; a page six times that is not an article.
		// extract applies a lower cap to HTML (Decode's maxHTMLBytes).
		MaxRecordBytes: 32 << 20,
		MaxLineBytes:   32 << 20,
		MaxHeaderBytes: 64 << 10,
		Stdin:          os.Stdin,
	}
}

// Read reads every input in order and calls emit once per record, in input
// order. An input is a file, a directory (read recursively, in name order,
// hidden entries left out) or "-" for o.Stdin. A record that cannot be read
// is emitted with Skip set. Read returns an error only when ctx ends or
// emit returns one.
func Read(ctx context.Context, inputs []string, o Options, emit func(news.Page) error) error {
	d := DefaultOptions()
	if o.MaxRecordBytes <= 0 {
		o.MaxRecordBytes = d.MaxRecordBytes
	}
	if o.MaxLineBytes <= 0 {
		o.MaxLineBytes = d.MaxLineBytes
	}
	if o.MaxHeaderBytes <= 0 {
		o.MaxHeaderBytes = d.MaxHeaderBytes
	}
	r := &reader{ctx: ctx, o: o, emit: emit}
	for _, in := range inputs {
		if err := r.input(in); err != nil {
			return err
		}
	}
	return nil
}

// reader holds one Read call's state.
type reader struct {
	ctx  context.Context
	o    Options
	emit func(news.Page) error
}

// send gives p its ID and emits it, unless ctx has ended.
func (r *reader) send(p news.Page) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	p.ID = pageID(p)
	return r.emit(p)
}

// skip emits a Page that only reports why a record was not read.
func (r *reader) skip(origin, inputID string, s *news.Skip) error {
	return r.send(news.Page{Origin: origin, InputID: inputID, Format: news.FormatAuto, Skip: s})
}

// input reads one command-line input.
func (r *reader) input(path string) error {
	if path == "-" {
		if r.o.Stdin == nil {
			return r.skip(path, "stdin", news.Skipf(news.SkipUnreadable, "no standard input"))
		}
		return r.stream("-", "stdin", r.o.Stdin, -1)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return r.skip(path, filepath.Base(path), unreadable(path, err))
	}
	if fi.IsDir() {
		return r.walk(path, []os.FileInfo{fi})
	}
	return r.file(path, fi)
}

// walk reads the directory dir recursively. ancestors are the directories
// on the way to it, dir included, so a symlink back to one of them is
// refused instead of followed forever.
func (r *reader) walk(dir string, ancestors []os.FileInfo) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if serr := r.skip(dir, filepath.Base(dir), unreadable(dir, err)); serr != nil {
			return serr
		}
	}
	for _, e := range entries {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		if strings.HasPrefix(e.Name(), ".") {
			continue // editor swap files, .git, .DS_Store: never pages
		}
		if err := r.entry(filepath.Join(dir, e.Name()), ancestors); err != nil {
			return err
		}
	}
	return nil
}

// entry reads one directory entry, following symlinks.
func (r *reader) entry(path string, ancestors []os.FileInfo) error {
	base := filepath.Base(path)
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return r.skip(path, base, unreadable(path, err))
	case fi.IsDir():
		for _, a := range ancestors {
			if os.SameFile(fi, a) {
				return r.skip(path, base, news.Skipf(news.SkipUnreadable, "%s: symlink loop: leads back to an enclosing directory", path))
			}
		}
		return r.walk(path, append(ancestors[:len(ancestors):len(ancestors)], fi))
	case !fi.Mode().IsRegular():
		return r.skip(path, base, news.Skipf(news.SkipUnsupported, "%s: not a regular file (%s)", path, fi.Mode().Type()))
	}
	return r.file(path, fi)
}

// file reads one file.
func (r *reader) file(path string, fi os.FileInfo) error {
	f, err := os.Open(path)
	if err != nil {
		return r.skip(path, filepath.Base(path), unreadable(path, err))
	}
	defer f.Close()
	size := int64(-1)
	if fi.Mode().IsRegular() {
		size = fi.Size()
	}
	return r.stream(path, filepath.Base(path), f, size)
}

// unreadable turns a file system error into an unreadable skip, naming
// symlink loops plainly.
func unreadable(path string, err error) *news.Skip {
	if errors.Is(err, syscall.ELOOP) {
		return news.Skipf(news.SkipUnreadable, "%s: symlink loop", path)
	}
	return news.Skipf(news.SkipUnreadable, "%v", err)
}

// pageID derives a page's stable ID from what it holds: the same record
// read twice gets the same ID. A skipped page has no content, so its ID
// comes from where it was and why it was skipped.
func pageID(p news.Page) string {
	h := xxh3.New()
	field := func(b []byte) {
		// Length-prefixed so that ("ab", "c") and ("a", "bc") differ.
		var n [8]byte
		binary.LittleEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	field([]byte(p.InputID))
	field([]byte(p.URL))
	if p.Skip != nil {
		field([]byte(p.Origin))
		field([]byte(p.Skip.Error()))
	} else {
		field(p.Content)
	}
	sum := h.Sum128().Bytes()
	return hex.EncodeToString(sum[:])
}
