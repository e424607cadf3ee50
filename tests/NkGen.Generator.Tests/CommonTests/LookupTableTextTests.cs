using System.Linq;
using NkGen.Generator.Common;
using Xunit;

namespace NkGen.Generator.Tests.CommonTests
{
    /// <summary>The three forms of a [LookupNameTable] line, as the emitter writes them, read back.</summary>
    public class LookupTableTextTests
    {
        [Fact]
        public void A_line_names_its_member_or_has_none_or_is_named_by_its_first_name()
        {
            var lines = LookupTableText.Lines("Hamhung;함흥시;咸興市\nUiju2|Uiju;의주\n|Kilju;길주군\n\nA\\|B|A\\;B;;x").ToList();

            Assert.Equal(
                new[] { ("Hamhung", "Hamhung,함흥시,咸興市"), ("Uiju2", "Uiju,의주"), ("", "Kilju,길주군"), ("A|B", "A;B,x") },
                lines.Select(l => (l.Member, string.Join(",", l.Names))).ToArray());
        }
    }
}
