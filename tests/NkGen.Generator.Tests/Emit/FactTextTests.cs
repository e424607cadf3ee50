using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Emit;
using Xunit;

namespace NkGen.Generator.Tests.Emit
{
    /// <summary>The Sources line of a hover: each document once, its lines as ranges.</summary>
    public sealed class FactTextTests
    {
        private static readonly Dictionary<string, string> Titles = new()
        {
            ["/d/000.txt"] = "North Korea Cities & Regions Guide",
            ["/d/001.txt"] = "List of cities in North Korea",
        };

        private static SourceSpan At(string file, int line) => new(file, line, 1, 0, 1);

        [Fact]
        public void Each_document_is_listed_once_with_its_lines_and_consecutive_lines_as_a_range()
        {
            var spans = new[] { At("/d/001.txt", 21), At("/d/000.txt", 36), At("/d/000.txt", 35), At("/d/000.txt", 12), At("/d/000.txt", 38), At("/d/000.txt", 37), At("/d/000.txt", 36) };

            Assert.Equal(
                new[] { "North Korea Cities & Regions Guide (000.txt, lines 12, 35–38)", "List of cities in North Korea (001.txt, line 21)" },
                FactText.SourcesByDocument(spans, Titles).ToArray());
        }

        [Fact]
        public void A_file_without_a_title_is_named_by_its_file_name()
        {
            Assert.Equal(new[] { "mine.csv (mine.csv, lines 2, 4)" }, FactText.SourcesByDocument(new[] { At("/p/mine.csv", 4), At("/p/mine.csv", 2) }, Titles).ToArray());
        }
    }
}
