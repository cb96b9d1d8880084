// argocd-health runs Argo CD resource health scripts the way Argo CD does, on the same engine
// (github.com/yuin/gopher-lua), so that health_test.yaml cases are checked without Argo CD.
//
// Input on stdin: a JSON list of {"script": "<lua source>", "object": {...}}.
// Output on stdout: a JSON list, per input, of {"status": ..., "message": ...} or {"error": ...}.
//
// It mirrors argo-cd util/lua: a script from argocd-cm runs without the open libraries (only
// package, base and table; Argo CD adds a reduced os), with a 1 s timeout, the object as the
// global `obj` (numbers as Lua numbers), the returned table JSON-encoded with gopher-json, and a
// status outside Argo CD's set reported as Unknown.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	lua "github.com/yuin/gopher-lua"
	luajson "layeh.com/gopher-json"
)

type testCase struct {
	Script string         `json:"script"`
	Object map[string]any `json:"object"`
}

type result struct {
	Status  string `json:"status,omitempty"`
	Message string `json:"message,omitempty"`
	Error   string `json:"error,omitempty"`
}

var validStatus = map[string]bool{
	"Healthy": true, "Progressing": true, "Degraded": true, "Suspended": true, "Missing": true, "Unknown": true,
}

// decodeValue is argo-cd's conversion of an unstructured object into Lua values.
func decodeValue(l *lua.LState, value any) lua.LValue {
	switch v := value.(type) {
	case float64:
		return lua.LNumber(v)
	case int64:
		return lua.LNumber(v)
	case string:
		return lua.LString(v)
	case bool:
		return lua.LBool(v)
	case []any:
		arr := l.CreateTable(len(v), 0)
		for _, item := range v {
			arr.Append(decodeValue(l, item))
		}
		return arr
	case map[string]any:
		tbl := l.CreateTable(0, len(v))
		for key, item := range v {
			tbl.RawSetH(lua.LString(key), decodeValue(l, item))
		}
		return tbl
	}
	return lua.LNil
}

// intsAsInt64 turns json.Numbers into int64 or float64, as unstructured.UnmarshalJSON does.
func intsAsInt64(value any) any {
	switch v := value.(type) {
	case json.Number:
		if i, err := v.Int64(); err == nil {
			return i
		}
		f, _ := v.Float64()
		return f
	case []any:
		for i := range v {
			v[i] = intsAsInt64(v[i])
		}
	case map[string]any:
		for k := range v {
			v[k] = intsAsInt64(v[k])
		}
	}
	return value
}

func run(c testCase) result {
	l := lua.NewState(lua.Options{SkipOpenLibs: true})
	defer l.Close()
	for _, lib := range []struct {
		name string
		open lua.LGFunction
	}{{lua.LoadLibName, lua.OpenPackage}, {lua.BaseLibName, lua.OpenBase}, {lua.TabLibName, lua.OpenTable}} {
		l.Push(l.NewFunction(lib.open))
		l.Push(lua.LString(lib.name))
		l.Call(1, 0)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	l.SetContext(ctx)
	l.SetGlobal("obj", decodeValue(l, c.Object))
	if err := l.DoString(c.Script); err != nil {
		return result{Error: err.Error()}
	}
	ret := l.Get(-1)
	switch ret.Type() {
	case lua.LTNil:
		return result{}
	case lua.LTTable:
		encoded, err := luajson.Encode(ret)
		if err != nil {
			return result{Error: err.Error()}
		}
		var out result
		if err := json.Unmarshal(encoded, &out); err != nil {
			return result{Error: err.Error()}
		}
		if !validStatus[out.Status] {
			return result{Status: "Unknown", Message: "Lua returned an invalid health status"}
		}
		return out
	}
	return result{Error: fmt.Sprintf("expect table output from Lua script, not %s", ret.Type())}
}

func main() {
	var data bytes.Buffer
	if _, err := data.ReadFrom(os.Stdin); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	dec := json.NewDecoder(&data)
	dec.UseNumber()
	var cases []testCase
	if err := dec.Decode(&cases); err != nil {
		fmt.Fprintln(os.Stderr, "bad input:", err)
		os.Exit(2)
	}
	out := make([]result, len(cases))
	for i, c := range cases {
		c.Object = intsAsInt64(c.Object).(map[string]any)
		out[i] = run(c)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}
