-- Argo CD health of the llmops.dev kinds: LLMDeployment, PromptVersion, RoutingPolicy and
-- GuardrailPolicy share this one script (install it per kind, or once as llmops.dev_*).
--
-- It reads what the operator writes (DESIGN.md section 4) in kstatus order, so Argo CD, Flux
-- and `kubectl wait` agree on every object:
--   1. generation not yet observed by the operator  -> Progressing
--   2. Stalled=True: no progress without a change   -> Degraded
--   3. PromptVersion phases: Paused -> Suspended, RolledBack/Failed -> Degraded,
--      Superseded -> Healthy (kept for the record)
--   4. Ready=Unknown reason NotReconciled (a kind this operator version does not reconcile
--      yet)                                         -> Suspended: nothing to wait for
--   5. Reconciling=True                             -> Progressing
--   6. Ready=True                                   -> Healthy
--   7. anything else                                -> Progressing
-- Only Lua's base library is used: Argo CD runs argocd-cm scripts without string or os.

local function find(conditions, type)
  if conditions == nil then
    return nil
  end
  for _, c in ipairs(conditions) do
    if c.type == type then
      return c
    end
  end
  return nil
end

local function is_true(c)
  return c ~= nil and c.status == "True"
end

local function text(c, fallback)
  if c ~= nil and c.message ~= nil and c.message ~= "" then
    return c.message
  end
  return fallback
end

local hs = {}
local status = obj.status
local generation = obj.metadata.generation

if status == nil or (generation ~= nil and status.observedGeneration ~= generation) then
  hs.status = "Progressing"
  if generation ~= nil then
    hs.message = "Waiting for the operator to observe generation " .. tostring(generation)
  else
    hs.message = "Waiting for the operator"
  end
  return hs
end

local ready = find(status.conditions, "Ready")
local stalled = find(status.conditions, "Stalled")
local reconciling = find(status.conditions, "Reconciling")

if is_true(stalled) then
  hs.status = "Degraded"
  hs.message = text(stalled, text(ready, "Stalled"))
  return hs
end

if obj.kind == "PromptVersion" then
  local phase = status.phase
  if phase == "Paused" then
    hs.status = "Suspended"
    hs.message = text(ready, "Paused: waiting for a manual promotion")
    return hs
  end
  if phase == "RolledBack" or phase == "Failed" then
    hs.status = "Degraded"
    hs.message = text(ready, phase)
    return hs
  end
  if phase == "Superseded" then
    hs.status = "Healthy"
    hs.message = text(ready, "Superseded by a newer version")
    return hs
  end
end

if ready ~= nil and ready.status == "Unknown" and ready.reason == "NotReconciled" then
  hs.status = "Suspended"
  hs.message = text(ready, "Not reconciled by this operator version")
  return hs
end

if is_true(reconciling) then
  hs.status = "Progressing"
  hs.message = text(reconciling, text(ready, "Reconciling"))
  return hs
end

if is_true(ready) then
  hs.status = "Healthy"
  hs.message = text(ready, "Ready")
  return hs
end

hs.status = "Progressing"
hs.message = text(ready, "Waiting for the Ready condition")
return hs
