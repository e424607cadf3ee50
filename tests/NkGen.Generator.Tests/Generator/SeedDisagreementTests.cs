using System.Linq;
using NkGen.Generator.Tests.Support;
using Xunit;

namespace NkGen.Generator.Tests.Generator
{
    /// <summary>NKG1001 over the seeds: every real disagreement, each at the value that lost; agreements stay quiet.</summary>
    public class SeedDisagreementTests
    {
        private static readonly string[] Disagreements = new GeneratorHarness().Run().Data("NKG1001")
            .Select(d => $"{System.IO.Path.GetFileName(d.Location.GetLineSpan().Path)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage().Split(':')[0]}")
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToArray();

        [Theory]
        [InlineData("000_51fdb5159fa901a4.txt:14 Pyongyang population")]  // FACTBOX Largest City 2.8M
        [InlineData("000_51fdb5159fa901a4.txt:25 Pyongyang population")]  // block (2.8M)
        [InlineData("000_51fdb5159fa901a4.txt:35 Chongjin population")]   // 620,000 vs 667,929
        [InlineData("000_51fdb5159fa901a4.txt:45 Wonsan population")]     // 340,000 vs 363,127
        [InlineData("000_51fdb5159fa901a4.txt:50 Sinuiju population")]    // 340,000 vs 359,341
        [InlineData("000_51fdb5159fa901a4.txt:55 Haeju population")]      // 240,000 vs 273,300
        [InlineData("000_51fdb5159fa901a4.txt:64 Pyongyang province")]    // "Pyongyang Province" is no province
        [InlineData("000_51fdb5159fa901a4.txt:13 Number of directly governed cities")]  // "2 directly governed cities": only Pyongyang
        [InlineData("000_51fdb5159fa901a4.txt:16 Number of cities over one million")]   // "2": only Pyongyang
        [InlineData("001_409756564114b8c5.txt:17 Number of ordinary cities")]      // "city 25": the list has 24
        [InlineData("002_9f86aa84e4a8ddfe.txt:9 Rason area")]         // 710 sqmi vs 746 km²
        [InlineData("002_9f86aa84e4a8ddfe.txt:9 Pyongyang area")]     // 400 sqmi vs 3,194 km²
        [InlineData("002_9f86aa84e4a8ddfe.txt:8 Rason population")]       // infobox 205,000 vs 196,954
        [InlineData("002_9f86aa84e4a8ddfe.txt:8 Pyongyang population")]   // infobox 3,255,388 vs 3,255,288
        [InlineData("002_9f86aa84e4a8ddfe.txt:28 Rason population")]      // 205,000 vs 196,954
        [InlineData("002_9f86aa84e4a8ddfe.txt:29 Nampo population")]      // 366,815 vs census 366,341
        [InlineData("002_9f86aa84e4a8ddfe.txt:30 Kaesong status")]        // Special-level city vs the classification table
        public void Each_real_disagreement_is_reported_at_the_losing_value(string expected)
        {
            Assert.Contains(expected, Disagreements);
        }

        [Theory]
        [InlineData("Hamhung population")]  // 770,000 agrees with 768,551
        [InlineData("Kaesong population")]  // 310,000 agrees with 308,440
        [InlineData("founding date")]       // 1946 agrees with 1946-09
        public void Agreements_are_not_reported(string fragment)
        {
            Assert.DoesNotContain(Disagreements, d => d.Contains(fragment));
        }
    }
}
