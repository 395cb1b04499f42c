using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using SupplierRestrictions.Analyzers.Matching;

namespace SupplierRestrictions.Analyzers.Roslyn.Scanning;

/// <summary>
/// The tokens of a syntax tree in document order, without structured trivia. <c>DescendantTokens()</c> yields every
/// node and token through an iterator and filters them with two delegates per element; this walks each node's
/// children with their struct enumerators on an explicit stack (no recursion, so a deeply nested expression cannot
/// overflow the stack), kept per thread so that a walk allocates nothing once the thread has walked a tree.
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

            if (++_depth == _stack.Length)
            {
                Array.Resize(ref _stack, _stack.Length * 2);
            }

            _stack[_depth] = child.AsNode()!.ChildNodesAndTokens().GetEnumerator();
        }

        token = default;
        return false;
    }

    /// <summary>Hands the stack back to the thread for its next walk (a walk cut short by an exception just drops it).</summary>
    public void Dispose()
    {
        Array.Clear(_stack, 0, _depth + 1);
        _threadStack = _stack;
    }
}
