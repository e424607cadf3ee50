using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NkGen.Generator.Model.Names;
using NkGen.Generator.Tests.Support;
using Xunit;

namespace NkGen.Generator.Tests.Model.Names
{
    /// <summary>
    /// No false merges, over every pair of real DPRK places in tests/Fixtures/Names/dprk-places.txt: two places never
    /// share a Hangul key, and share a romanized or loose key (in any system's spelling) only when the fixture lists
    /// the pair as genuinely ambiguous.
    /// </summary>
    public class NoFalseMergeTests
    {
        private static readonly RomanizationSystem[] Systems =
        {
            RomanizationSystem.Revised, RomanizationSystem.McCuneReischauer, RomanizationSystem.SimplifiedMcCuneReischauer, RomanizationSystem.Dprk,
        };

        [Fact]
        public void The_fixture_lists_at_least_sixty_distinct_places()
        {
            var places = Places();
            Assert.True(places.Count >= 60, $"{places.Count} places");
            Assert.Equal(places.Count, places.Select(p => p.Hangul).Distinct().Count());
        }

        [Fact]
        public void Two_places_never_share_a_Hangul_key()
        {
            var clashes = Pairs(p => new[] { PlaceKeys.Of(PlaceKind.City, p.Romanized, p.Hangul).Hangul! });
            Assert.Empty(clashes);
        }

        [Fact]
        public void Two_places_share_a_romanized_key_only_when_listed_as_ambiguous()
        {
            // A row written in any system, without Hangul, offers its written key; a row with Hangul offers every system's.
            var clashes = Pairs(p => PlaceKeys.Of(PlaceKind.City, p.Romanized, p.Hangul).Romanized
                .Concat(Spellings(p).Select(s => PlaceKeys.Of(PlaceKind.City, s).WrittenKey!)));
            Assert.Equal(Ambiguous(), clashes);
        }

        [Fact]
        public void Two_places_share_a_loose_key_only_when_listed_as_ambiguous()
        {
            var clashes = Pairs(p => Spellings(p).Select(LooseSpelling.Of));
            Assert.Equal(Ambiguous(), clashes);
        }

        [Fact]
        public void Each_place_finds_itself_from_every_system_s_spelling()
        {
            // The join the resolver makes: a row without Hangul meets the Hangul row by a romanized key.
            foreach (var place in Places())
            {
                var withHangul = PlaceKeys.Of(PlaceKind.City, place.Romanized, place.Hangul);
                foreach (var spelling in Spellings(place))
                {
                    Assert.True(withHangul.Romanized.Contains(PlaceKeys.Of(PlaceKind.City, spelling).WrittenKey!), $"{place.Hangul}: {spelling}");
                }
            }
        }

        private static IEnumerable<string> Spellings((string Hangul, string Romanized) place) =>
            Systems.Select(s => Romanizer.Romanize(place.Hangul, s)).Append(place.Romanized);

        private static List<string> Pairs(Func<(string Hangul, string Romanized), IEnumerable<string>> keys)
        {
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            var clashes = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var place in Places())
            {
                foreach (var key in keys(place).Distinct())
                {
                    if (owners.TryGetValue(key, out var other) && other != place.Hangul) clashes.Add(Pair(other, place.Hangul));
                    else owners[key] = place.Hangul;
                }
            }

            return clashes.ToList();
        }

        private static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + " " + b : b + " " + a;

        private static List<(string Hangul, string Romanized)> Places() =>
            Lines().Where(l => l[0] != "ambiguous").Select(l => (l[0], l[1])).ToList();

        private static List<string> Ambiguous() =>
            Lines().Where(l => l[0] == "ambiguous").Select(l => Pair(l[1], l[2])).OrderBy(p => p, StringComparer.Ordinal).ToList();

        private static IEnumerable<string[]> Lines() =>
            File.ReadAllLines(RepoPaths.Fixture("Names", "dprk-places.txt"))
                .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal))
                .Select(l => l.Split('\t'));
    }
}
