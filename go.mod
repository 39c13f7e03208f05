module github.com/storyfold/storyfold

go 1.26.0

require (
	github.com/kljensen/snowball v0.10.0
	github.com/zeebo/xxh3 v1.1.0
	golang.org/x/text v0.43.0
)

require (
	github.com/klauspost/cpuid/v2 v2.2.10 // indirect
	golang.org/x/sys v0.49.0 // indirect
)
