package pipeline

// storyTable holds every article's story by the copy index's article
// number (dedup.Index.Doc), the story IDs interned: 4 bytes an article,
// where a map from article ID to story ID took about 50 and kept every
// article's ID string alive (a million articles held about 100 MB in it).
type storyTable struct {
	of  []uint32          // by article number: the story's number
	ids []string          // by story number
	num map[string]uint32 // story ID → number
}

func newStoryTable() storyTable { return storyTable{num: map[string]uint32{}} }

// add records the story of the next article, which must be the copy
// index's last.
func (t *storyTable) add(storyID string) { t.of = append(t.of, t.number(storyID)) }

// set records that article doc is now in storyID.
func (t *storyTable) set(doc int, storyID string) { t.of[doc] = t.number(storyID) }

func (t *storyTable) story(doc int) string { return t.ids[t.of[doc]] }

// number returns storyID's number, giving it the next when new.
func (t *storyTable) number(storyID string) uint32 {
	n, ok := t.num[storyID]
	if !ok {
		n = uint32(len(t.ids))
		t.ids = append(t.ids, storyID)
		t.num[storyID] = n
	}
	return n
}

// storyOf returns the story of a decided article, false when the article
// was never decided (restored or added by a run).
func (p *Pipeline) storyOf(id string) (string, bool) {
	doc, ok := p.index.Doc(id)
	if !ok {
		return "", false
	}
	return p.stories.story(doc), true
}

// moveTo records that a decided article is now in story to. The
// clusterer only holds decided articles, so a move always finds its
// article.
func (p *Pipeline) moveTo(id, to string) {
	if doc, ok := p.index.Doc(id); ok {
		p.stories.set(doc, to)
	}
}
