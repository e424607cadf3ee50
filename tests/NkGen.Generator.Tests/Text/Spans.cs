using NkGen.Generator.Common;
using Xunit;

namespace NkGen.Generator.Tests.Text
{
    /// <summary>Assertions on where a piece of text was found.</summary>
    internal static class Spans
    {
        /// <summary>The text a span covers in the file it was read from.</summary>
        public static string Slice(string text, SourceSpan span) => text.Substring(span.Start, span.Length);

        public static void AssertAt(SourceSpan span, int line, int column)
        {
            Assert.Equal(line, span.Line);
            Assert.Equal(column, span.Column);
        }

        /// <summary>The span is at <paramref name="line"/>:<paramref name="column"/> and covers exactly <paramref name="written"/> in <paramref name="text"/>.</summary>
        public static void AssertCovers(string text, SourceSpan span, string written, int line, int column)
        {
            AssertAt(span, line, column);
            Assert.Equal(written, Slice(text, span));
        }
    }
}
