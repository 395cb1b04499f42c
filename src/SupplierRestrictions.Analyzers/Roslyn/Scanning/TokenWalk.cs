using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SupplierRestrictions.Analyzers.Matching;

namespace SupplierRestrictions.Analyzers.Roslyn.Scanning;

/// <summary>
/// The tokens of a syntax tree in document order, without structured trivia. <c>DescendantTokens()</c> yields every
/// node and token through an iterator and filters them with two delegates per element; this walks each node's
/// children with their struct enumerators on an explicit stack (no recursion, so a deeply nested expression cannot
/// overflow the stack), kept per thread so that a walk allocates nothing once the thread has walked a tree.
/// A node that is one token and nothing else (a name, a literal, a predefined type: about half the nodes of code)
/// gives its token straight from its property: listing its children would count its slots and look the token up
/// by index, twice the work of the token itself.
/// </summary>
internal struct TokenWalk
{
    [ThreadStatic]
    private static ChildSyntaxList.Enumerator[]? _threadStack;

    private ChildSyntaxList.Enumerator[] _stack;
    private int _depth;

    public TokenWalk(SyntaxNode root)
    {
        _stack = _threadStack ?? new ChildSyntaxList.Enumerator[64];
        _threadStack = null;
        _stack[0] = root.ChildNodesAndTokens().GetEnumerator();
        _depth = 0;
    }

    [MethodImpl(HotPath.Optimized)]
    public bool MoveNext(out SyntaxToken token)
    {
        while (_depth >= 0)
        {
            ref var children = ref _stack[_depth];
            if (!children.MoveNext())
            {
                _stack[_depth--] = default;
                continue;
            }

            var child = children.Current;
            if (child.IsToken)
            {
                token = child.AsToken();
                return true;
            }

            var node = child.AsNode()!;
            if (TryGetOnlyToken(node, out token))
            {
                return true;
            }

            if (++_depth == _stack.Length)
            {
                Array.Resize(ref _stack, _stack.Length * 2);
            }

            _stack[_depth] = node.ChildNodesAndTokens().GetEnumerator();
        }

        token = default;
        return false;
    }

    /// <summary>The token of a node whose only child is a token (the most common nodes of that shape).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryGetOnlyToken(SyntaxNode node, out SyntaxToken token)
    {
        switch ((SyntaxKind)node.RawKind)
        {
            case SyntaxKind.IdentifierName:
                token = ((IdentifierNameSyntax)node).Identifier;
                return true;
            case SyntaxKind.PredefinedType:
                token = ((PredefinedTypeSyntax)node).Keyword;
                return true;
            case SyntaxKind.ThisExpression:
                token = ((ThisExpressionSyntax)node).Token;
                return true;
            case SyntaxKind.StringLiteralExpression:
            case SyntaxKind.Utf8StringLiteralExpression:
            case SyntaxKind.NumericLiteralExpression:
            case SyntaxKind.CharacterLiteralExpression:
            case SyntaxKind.TrueLiteralExpression:
            case SyntaxKind.FalseLiteralExpression:
            case SyntaxKind.NullLiteralExpression:
            case SyntaxKind.DefaultLiteralExpression:
                token = ((LiteralExpressionSyntax)node).Token;
                return true;
            default:
                token = default;
                return false;
        }
    }

    /// <summary>Hands the stack back to the thread for its next walk (a walk cut short by an exception just drops it).</summary>
    public void Dispose()
    {
        Array.Clear(_stack, 0, _depth + 1);
        _threadStack = _stack;
    }
}
