// Package freelist keeps scratch values between uses, one per concurrent
// user: a channel rather than a sync.Pool, which empties at every garbage
// collection, and with it the memory the scratch has grown.
package freelist

// List holds up to its capacity of *T. A nil List keeps nothing, and Get
// then always makes a new value.
type List[T any] chan *T

// Get returns a listed value, or a new one from fresh.
func (l List[T]) Get(fresh func() *T) *T {
	select {
	case x := <-l:
		return x
	default:
		return fresh()
	}
}

// Put lists x again, or lets it go when the list is full (more users at
// once than it holds).
func (l List[T]) Put(x *T) {
	select {
	case l <- x:
	default:
	}
}
