package dedup

import (
	"time"

	"golang.org/x/sys/unix"
)

// cpuNow returns the calling thread's CPU time, so a benchmark on a busy
// machine measures its own work; Bench locks its goroutine to the thread.
func cpuNow() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ts.Nano())
}
