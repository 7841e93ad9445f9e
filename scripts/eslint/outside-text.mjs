// ESLint rule `cloud-tickets/outside-text` (type-aware): text that reaches a VS Code UI surface must be
// our own (literals, l10n strings, numbers) or pass through one of the outside-text functions of
// src/shared/outsideText.ts. A surface is a VS Code API found through the type checker: a property of a
// vscode type named like a visible text (label, tooltip, title …), an argument of a message, tree item,
// Markdown or webview-panel API, or an argument of `vscode.l10n.t` (whose result goes to those surfaces).
import path from 'node:path';

const VISIBLE_PROPERTIES = new Set(['label', 'description', 'detail', 'tooltip', 'title', 'placeholder', 'placeHolder', 'prompt', 'text', 'message', 'name']);
/** vscode functions → indexes of their visible string arguments (`all` = every string argument). */
const VISIBLE_ARGUMENTS = new Map([
  ['showInformationMessage', 'all'],
  ['showWarningMessage', 'all'],
  ['showErrorMessage', 'all'],
  ['createWebviewPanel', [1]],
  ['appendMarkdown', [0]],
  ['appendText', [0]],
  ['setStatusBarMessage', [0]],
]);
const VISIBLE_CONSTRUCTORS = new Map([
  ['TreeItem', [0]],
  ['MarkdownString', [0]],
]);
const SANITIZERS = new Set(['outsideText', 'outsideMarkdown', 'outsideFileName', 'ownText']);
const BRAND = '__outsideTextChecked';
const SAFE_METHODS_ON_OWN_VALUES = new Set(['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'toString', 'toFixed', 'toISOString']);

function isVscodeDeclaration(symbol) {
  const declarations = symbol?.getDeclarations?.() ?? [];
  return declarations.some((d) => d.getSourceFile().fileName.split(path.sep).join('/').includes('/@types/vscode/'));
}

export const outsideTextRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Outside text reaches VS Code UI only through src/shared/outsideText.ts (DESIGN.md §7).' },
    messages: {
      unchecked: 'Text shown by VS Code here may come from outside: pass it through outsideText()/outsideMarkdown()/outsideFileName(), or ownText() for text this extension wrote (DESIGN.md §7).',
      cast: 'Only src/shared/outsideText.ts may make a SafeText; call one of its functions.',
    },
    schema: [],
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    const checker = services.program.getTypeChecker();
    const tsNode = (node) => services.esTreeNodeToTSNodeMap.get(node);
    const typeOf = (node) => checker.getTypeAtLocation(tsNode(node));

    /** True when every part of the type is something other than free text: a literal, a number, our brand, an object. */
    function typeIsSafe(type) {
      if (type.isUnion()) return type.types.every(typeIsSafe);
      // An array is as safe as its elements: names.join(', ') shows every name.
      if (checker.isArrayType(type) || checker.isTupleType(type)) return checker.getTypeArguments(type).every(typeIsSafe);
      if (checker.getPropertyOfType(type, BRAND)) return true;
      if (type.isStringLiteral() || type.isNumberLiteral()) return true;
      const flags = type.getFlags();
      // 4 = String, 128 = StringLiteral, 134217728 = TemplateLiteral, 268435456 = StringMapping
      return (flags & (4 | 134217728 | 268435456)) === 0;
    }

    function isL10nCall(node) {
      const callee = node.callee;
      return (
        callee.type === 'MemberExpression' &&
        !callee.computed &&
        callee.property.name === 't' &&
        ((callee.object.type === 'MemberExpression' && callee.object.property.name === 'l10n') || (callee.object.type === 'Identifier' && callee.object.name === 'l10n'))
      );
    }

    function calleeName(node) {
      const callee = node.callee;
      if (callee.type === 'Identifier') return callee.name;
      if (callee.type === 'MemberExpression' && !callee.computed) return callee.property.name;
      return undefined;
    }

    function constInitializer(identifier) {
      let scope = context.sourceCode.getScope(identifier);
      while (scope) {
        const variable = scope.set.get(identifier.name);
        if (variable) {
          const def = variable.defs[0];
          if (variable.defs.length === 1 && def.type === 'Variable' && def.parent.kind === 'const' && def.node.init && def.node.id.type === 'Identifier') return def.node.init;
          return undefined;
        }
        scope = scope.upper;
      }
      return undefined;
    }

    /** True when the expression is built only from our own text and checked outside text. */
    function isSafe(node, depth = 0) {
      if (!node || depth > 6) return false;
      switch (node.type) {
        case 'Literal':
          return true;
        case 'TemplateLiteral':
          return node.expressions.every((e) => isSafe(e, depth + 1));
        case 'ConditionalExpression':
          return isSafe(node.consequent, depth + 1) && isSafe(node.alternate, depth + 1);
        case 'LogicalExpression':
          return isSafe(node.left, depth + 1) && isSafe(node.right, depth + 1);
        case 'BinaryExpression':
          return node.operator !== '+' || (isSafe(node.left, depth + 1) && isSafe(node.right, depth + 1));
        case 'TSNonNullExpression':
          return isSafe(node.expression, depth + 1);
        case 'ArrayExpression':
          return node.elements.every((e) => e === null || isSafe(e.type === 'SpreadElement' ? e.argument : e, depth + 1));
        case 'Identifier': {
          if (node.name === 'undefined') return true;
          const init = constInitializer(node);
          if (init && isSafe(init, depth + 1)) return true;
          break;
        }
        case 'CallExpression': {
          if (isL10nCall(node)) return true;
          const name = calleeName(node);
          if (name && SANITIZERS.has(name)) return true;
          if (node.callee.type === 'MemberExpression') {
            const receiver = node.callee.object;
            // [a, b].filter(Boolean).join(' · ') and friends: safe when the parts are.
            if (['join', 'filter', 'slice', 'concat', 'trim'].includes(name)) return isSafe(receiver, depth + 1) && node.arguments.every((a) => isSafe(a, depth + 1));
            if (SAFE_METHODS_ON_OWN_VALUES.has(name) && typeIsSafe(typeOf(receiver))) return true;
            if (name === 'repeat') return isSafe(receiver, depth + 1);
          }
          if (name === 'String' && node.arguments.length === 1) return typeIsSafe(typeOf(node.arguments[0]));
          break;
        }
        default:
          break;
      }
      return typeIsSafe(typeOf(node));
    }

    function check(node) {
      if (node && node.type !== 'SpreadElement' && !isSafe(node)) context.report({ node, messageId: 'unchecked' });
    }

    return {
      CallExpression(node) {
        if (isL10nCall(node)) {
          node.arguments.slice(1).forEach((a) => check(a));
          return;
        }
        const name = calleeName(node);
        if (name === 'ownText') node.arguments.forEach((a) => check(a));
        const indexes = VISIBLE_ARGUMENTS.get(name);
        if (!indexes || node.callee.type !== 'MemberExpression') return;
        if (!isVscodeDeclaration(checker.getSymbolAtLocation(tsNode(node.callee).name))) return;
        node.arguments.forEach((argument, i) => {
          if (indexes !== 'all' && !indexes.includes(i)) return;
          if (argument.type === 'ObjectExpression') return; // options: their properties are checked below
          check(argument);
        });
      },
      NewExpression(node) {
        const name = node.callee.type === 'MemberExpression' ? node.callee.property.name : node.callee.name;
        const indexes = VISIBLE_CONSTRUCTORS.get(name);
        if (indexes) indexes.forEach((i) => check(node.arguments[i]));
      },
      Property(node) {
        if (node.parent.type !== 'ObjectExpression' || node.key.type !== 'Identifier' || !VISIBLE_PROPERTIES.has(node.key.name)) return;
        const contextual = checker.getContextualType(tsNode(node.parent));
        if (!contextual) return;
        const parts = contextual.isUnion() ? contextual.types : [contextual];
        if (parts.some((t) => isVscodeDeclaration(checker.getPropertyOfType(t, node.key.name)))) check(node.value);
      },
      AssignmentExpression(node) {
        const target = node.left;
        if (target.type !== 'MemberExpression' || target.computed || !VISIBLE_PROPERTIES.has(target.property.name)) return;
        if (isVscodeDeclaration(checker.getSymbolAtLocation(tsNode(target.property)))) check(node.right);
      },
      TSAsExpression(node) {
        const annotation = context.sourceCode.getText(node.typeAnnotation);
        if (annotation.includes('SafeText') && !context.filename.split(path.sep).join('/').endsWith('src/shared/outsideText.ts')) context.report({ node, messageId: 'cast' });
      },
    };
  },
};

export const outsideTextPlugin = { rules: { 'outside-text': outsideTextRule } };
