using Microsoft.CodeAnalysis;

namespace NkGen.CodeFixes
{
    /// <summary>One node of a document replaced by another: what every NKG0001 rewrite but dead-branch removal comes down to.</summary>
    internal sealed class Replacement
    {
        public Replacement(SyntaxNode old, SyntaxNode @new)
        {
            Old = old;
            New = @new;
        }

        public SyntaxNode Old { get; }

        public SyntaxNode New { get; }

        public SyntaxNode Apply(SyntaxNode root) => root.ReplaceNode(Old, New);
    }
}
