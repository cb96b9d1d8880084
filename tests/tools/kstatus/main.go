// kstatus computes the kstatus result (what Flux, `kubectl wait` and cli-utils see) of
// Kubernetes objects with the real library, sigs.k8s.io/cli-utils/pkg/kstatus/status.
//
// Input on stdin: a JSON list of objects. Output on stdout: a JSON list, per object, of
// {"status": Current|InProgress|Failed|Terminating|NotFound|Unknown, "message": ...} or {"error": ...}.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"sigs.k8s.io/cli-utils/pkg/kstatus/status"
)

type result struct {
	Status  string `json:"status,omitempty"`
	Message string `json:"message,omitempty"`
	Error   string `json:"error,omitempty"`
}

func compute(raw json.RawMessage) result {
	// UnmarshalJSON gives int64 numbers, as objects read from the API server have.
	obj := &unstructured.Unstructured{}
	if err := obj.UnmarshalJSON(raw); err != nil {
		return result{Error: err.Error()}
	}
	res, err := status.Compute(obj)
	if err != nil {
		return result{Error: err.Error()}
	}
	return result{Status: res.Status.String(), Message: res.Message}
}

func main() {
	var data bytes.Buffer
	if _, err := data.ReadFrom(os.Stdin); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var objects []json.RawMessage
	if err := json.Unmarshal(data.Bytes(), &objects); err != nil {
		fmt.Fprintln(os.Stderr, "bad input:", err)
		os.Exit(2)
	}
	out := make([]result, len(objects))
	for i, raw := range objects {
		out[i] = compute(raw)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}
