// grafana-dashboard validates Grafana dashboard JSON strictly with Grafana's foundation SDK
// (github.com/grafana/grafana-foundation-sdk/go): UnmarshalJSONStrict refuses unknown fields,
// wrong types and missing required fields, of the dashboard and, with the default plugins
// registered, of each panel's options and field config and each Prometheus query; Validate
// then checks the decoded dashboard.
//
// Input on stdin: a JSON list of dashboards. Output on stdout: a JSON list, per dashboard, of
// {"errors": [...]} (empty when it is valid) and the number of panels (not rows) decoded.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/cog/plugins"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
)

type result struct {
	Errors []string `json:"errors"`
	Panels int      `json:"panels"`
}

// messages flattens an error into its messages. The SDK returns its error list as a typed nil
// or an empty list on success, which is no error at all.
func messages(err error) []string {
	if err == nil {
		return nil
	}
	var list cog.BuildErrors
	if errors.As(err, &list) {
		out := []string{}
		for _, e := range list {
			if e != nil {
				out = append(out, e.Error())
			}
		}
		return out
	}
	return []string{err.Error()}
}

func check(raw json.RawMessage) result {
	res := result{Errors: []string{}}
	strict := dashboard.Dashboard{}
	if msgs := messages(strict.UnmarshalJSONStrict(raw)); len(msgs) > 0 {
		res.Errors = append(res.Errors, msgs...)
		return res
	}
	// The strict decoder checks each panel but, in v0.0.22, keeps none: PanelOrRowPanel returns
	// its panel's typed-nil error list before storing the panel. So Validate runs on the same
	// JSON decoded by the ordinary decoder, which keeps them.
	board := dashboard.Dashboard{}
	if err := json.Unmarshal(raw, &board); err != nil {
		res.Errors = append(res.Errors, err.Error())
		return res
	}
	res.Errors = append(res.Errors, messages(board.Validate())...)
	for _, p := range board.Panels {
		if p.Panel != nil {
			res.Panels++
		}
		if p.RowPanel != nil {
			res.Panels += len(p.RowPanel.Panels)
		}
	}
	return res
}

func main() {
	plugins.RegisterDefaultPlugins()
	var data bytes.Buffer
	if _, err := data.ReadFrom(os.Stdin); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var boards []json.RawMessage
	if err := json.Unmarshal(data.Bytes(), &boards); err != nil {
		fmt.Fprintln(os.Stderr, "bad input:", err)
		os.Exit(2)
	}
	out := make([]result, len(boards))
	for i, raw := range boards {
		out[i] = check(raw)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}
