using System;
using NkGen.Generator.Emit;
using Xunit;

namespace NkGen.Generator.Tests.Emit
{
    /// <summary>The writer keeps the generated code balanced: an emitter bug fails loudly instead of writing bad C#.</summary>
    public sealed class SourceWriterTests
    {
        [Fact]
        public void Balanced_blocks_complete_with_four_spaces_a_level()
        {
            var text = new SourceWriter().Open("namespace N").Open("class C").Line("int x;").Close().Close().Complete();
            Assert.Equal("namespace N\n{\n    class C\n    {\n        int x;\n    }\n}\n", text);
        }

        [Fact]
        public void Closing_more_than_was_opened_is_refused()
        {
            var writer = new SourceWriter().Open("class C").Close();
            Assert.Throws<InvalidOperationException>(() => writer.Close());
            Assert.Throws<InvalidOperationException>(() => new SourceWriter().Outdent());
        }

        [Fact]
        public void A_file_left_open_cannot_be_completed()
        {
            var writer = new SourceWriter().Open("namespace N").Indent();
            var error = Assert.Throws<InvalidOperationException>(() => writer.Complete());
            Assert.Contains("2 level(s) deep", error.Message);
        }
    }
}
