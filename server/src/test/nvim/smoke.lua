-- Drives decklint's language server from Neovim's built-in client, headless, as docs/lsp.md sets it up:
--   nvim --headless -u NONE -l ... does not exist in 0.7, so:
--   DECKLINT=/path/to/decklint nvim --headless -u NONE -c 'luafile server/src/test/nvim/smoke.lua' DECK.md
-- It prints the diagnostics and the outline it got, applies the first preferred quick fix, and exits with 0
-- when all of that worked (1 otherwise). Works with Neovim 0.7 (vim.lsp.start_client) and later.
local decklint = os.getenv('DECKLINT') or 'decklint'
local buf = vim.api.nvim_get_current_buf()
local file = vim.api.nvim_buf_get_name(buf)

local function fail(message)
  io.stderr:write('smoke: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local client_id = vim.lsp.start_client({
  name = 'decklint',
  cmd = { decklint, 'lsp' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  settings = { decklint = { rules = {} } },
})
if not client_id then fail('the server did not start') end
vim.lsp.buf_attach_client(buf, client_id)

local got = vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
if not got then fail('no diagnostics within 60 s') end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  print(string.format('%d:%d %s %s', d.lnum + 1, d.col + 1, d.code or d.source, d.message))
end

local symbols = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol',
  { textDocument = vim.lsp.util.make_text_document_params() }, 10000)
local outline = symbols and symbols[client_id] and symbols[client_id].result or {}
print(#outline .. ' top-level slides; first: ' .. (outline[1] and outline[1].name or '-'))
if #outline == 0 then fail('no outline') end

local first = vim.diagnostic.get(buf)[1]
local params = vim.lsp.util.make_range_params()
params.range = { start = { line = first.lnum, character = first.col },
                 ['end'] = { line = first.end_lnum or first.lnum, character = first.end_col or first.col } }
params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, first.lnum) }
local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000)
local applied = false
for _, action in ipairs(actions and actions[client_id] and actions[client_id].result or {}) do
  print('code action: ' .. action.title .. (action.isPreferred and ' (preferred)' or ''))
  if action.isPreferred and action.edit and not applied then
    vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
    applied = true
  end
end
if applied then
  local before = #vim.diagnostic.get(buf)
  local settled = vim.wait(20000, function() return #vim.diagnostic.get(buf) < before end, 100)
  print('after the quick fix: ' .. #vim.diagnostic.get(buf) .. ' diagnostics (were ' .. before .. ')')
  if not settled then fail('the quick fix did not clear its diagnostic') end
end
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 100)
vim.cmd('qall!')
