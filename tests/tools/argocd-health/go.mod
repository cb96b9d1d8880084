module llmops.dev/tests/tools/argocd-health

go 1.26

require github.com/yuin/gopher-lua v1.1.2

require layeh.com/gopher-json v0.0.0-20190114024228-97fed8db8427
