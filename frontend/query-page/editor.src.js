// The query editor of `kg serve`'s page: CodeMirror 6 with its SPARQL mode, bundled by build.mjs
// into kg/resources/query-page/editor.js. page.js calls window.KgEditor.create(...).
import {EditorView, basicSetup} from "codemirror";
import {keymap} from "@codemirror/view";
import {Prec} from "@codemirror/state";
import {StreamLanguage} from "@codemirror/language";
import {autocompletion} from "@codemirror/autocomplete";
import {sparql} from "@codemirror/legacy-modes/mode/sparql";

// Completes "kgo:", "id:" and the other declared prefixes, and PREFIX lines for them.
function prefixCompletions(prefixes) {
  const names = Object.keys(prefixes);
  return (context) => {
    const word = context.matchBefore(/[A-Za-z][\w-]*:?/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    const options = [];
    for (const name of names) {
      options.push({label: `${name}:`, type: "namespace", detail: prefixes[name]});
      options.push({label: `PREFIX ${name}: <${prefixes[name]}>`, type: "keyword", apply: `PREFIX ${name}: <${prefixes[name]}>\n`});
    }
    return {from: word.from, options, validFor: /^[\w-]*:?$/};
  };
}

function create(parent, {doc = "", prefixes = {}, onRun = () => {}, nonce = null} = {}) {
  const run = () => { onRun(); return true; };
  const extensions = [
    basicSetup,
    StreamLanguage.define(sparql),
    autocompletion({override: [prefixCompletions(prefixes)]}),
    Prec.highest(keymap.of([{key: "Mod-Enter", run}, {key: "Shift-Enter", run}])),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({"aria-label": "SPARQL query", "data-testid": "query-editor"}),
  ];
  if (nonce) extensions.push(EditorView.cspNonce.of(nonce));
  return new EditorView({doc, extensions, parent});
}

window.KgEditor = {
  create,
  getText: (view) => view.state.doc.toString(),
  setText: (view, text) => view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: text}}),
};
