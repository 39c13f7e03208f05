package extract

// textLeaveOutLastIf marks the body's last staying block (textStays)
// when is(block) reports true, and reads no block over it: the walk the
// steps that judge the body's last line alone share (textLeaveOutEndLead,
// textLeaveOutTopicLine). It stands in a file of its own so that neither
// step's file holds the other's walk.
func textLeaveOutLastIf(blocks []textBlock, keep, out []bool, is func(*textBlock) bool) {
	for i := len(blocks) - 1; i >= 0; i-- {
		if !textStays(blocks, keep, out, i) {
			continue
		}
		if is(&blocks[i]) {
			out[i] = true
		}
		return
	}
}
