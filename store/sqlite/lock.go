package sqlite

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// ErrLocked is returned by LockWriter when another process writes the store.
var ErrLocked = errors.New("another storyfold process is writing this store")

// LockWriter takes the store's writer lock (an flock on PATH.writer) and
// returns its release. The pipeline keeps its copy index and clusterer in
// memory, so two processes writing one store would each miss the other's
// articles; the lock makes the second one fail at once instead. The OS
// drops the lock when the process dies, so a crash never leaves it held.
func (s *Store) LockWriter() (unlock func(), err error) {
	path := s.path + ".writer"
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open writer lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("lock %s: %w", s.path, ErrLocked)
		}
		return nil, fmt.Errorf("lock %s: %w", s.path, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
