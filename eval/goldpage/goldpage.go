// Package goldpage reads the ground truth of extraction sets laid out like
// extract/wcxb-dev in the evaluation data (the folder STORYFOLD_DATA
// names): ground-truth/ID.json beside html/ID.html.gz and flat/ID.txt. It
// imports nothing of storyfold's, so the extract package's own development
// tests read sets the way eval does.
package goldpage

import (
	"encoding/json"
	"fmt"
	"os"
)

// Gold is the part of a ground-truth file storyfold reads.
type Gold struct {
	URL         string `json:"url"`
	FileID      string `json:"file_id"`
	GroundTruth struct {
		Title       string `json:"title"`
		Author      string `json:"author"`
		PublishDate string `json:"publish_date"`
		MainContent string `json:"main_content"`
	} `json:"ground_truth"`
	Internal struct {
		PageType struct {
			Primary string `json:"primary"`
		} `json:"page_type"`
	} `json:"_internal"`
}

// Type is the page's gold type: "article", "forum", "product", ...
func (g Gold) Type() string { return g.Internal.PageType.Primary }

// Read reads one ground-truth file.
func Read(path string) (Gold, error) {
	var g Gold
	b, err := os.ReadFile(path)
	if err != nil {
		return g, fmt.Errorf("read gold: %w", err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return g, fmt.Errorf("parse gold %s: %w", path, err)
	}
	return g, nil
}
