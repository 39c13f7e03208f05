package pipeline

// recentBodies keeps the bodies of the last articles decided, so copy
// verification can read those still on their way to the store.
type recentBodies struct {
	ids    []string // ring
	next   int
	bodies map[string]string
}

// recentBodiesPerBatch is how many batches of bodies recentBodies keeps:
// one being decided, those waiting in the writer's queue, one being
// committed, and one spare.
const recentBodiesPerBatch = writerQueue + 3

func newRecentBodies(n int) *recentBodies {
	return &recentBodies{ids: make([]string, n), bodies: make(map[string]string, n)}
}

func (r *recentBodies) add(id, body string) {
	if old := r.ids[r.next]; old != "" {
		delete(r.bodies, old)
	}
	r.ids[r.next] = id
	r.bodies[id] = body
	r.next = (r.next + 1) % len(r.ids)
}

func (r *recentBodies) get(id string) (string, bool) {
	body, ok := r.bodies[id]
	return body, ok
}
