using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NkGen.Generator.Common;

namespace NkGen.Benchmarks.Inputs
{
    /// <summary>
    /// Wiki-dialect city lists of any size, the shape of the seed list
    /// (<c>| City | Chosŏn'gŭl | Hancha | Province | Population | Founded |</c>), with names built from real
    /// Korean place-name syllables so that romanized, Chosŏn'gŭl and Hancha names agree, e.g. Hamhung / 함흥시 / 咸興市.
    /// The same seed always gives the same text.
    /// </summary>
    internal static class SyntheticCityList
    {
        /// <summary>
        /// Rows per file. DocumentReader skips files over 4 Mi characters (NKG2006, about 40,000 rows), so a 100,000-row
        /// list is written as several files, as a real project would have to.
        /// </summary>
        public const int RowsPerFile = 25_000;

        public const string Header = "| City | Chosŏn'gŭl | Hancha | Province | Population | Founded |";

        private static readonly (string Roman, string Hangul, string Hancha)[] Syllables =
        {
            ("Pyong", "평", "平"), ("Yang", "양", "壤"), ("Ham", "함", "咸"), ("Hung", "흥", "興"), ("Kae", "개", "開"),
            ("Song", "성", "城"), ("Won", "원", "元"), ("San", "산", "山"), ("Chon", "천", "川"), ("Ju", "주", "州"),
            ("Sin", "신", "新"), ("Ui", "의", "義"), ("An", "안", "安"), ("Nam", "남", "南"), ("Puk", "북", "北"),
            ("Hae", "해", "海"), ("Kang", "강", "江"), ("Gye", "계", "界"), ("Tok", "덕", "德"), ("Chong", "청", "淸"),
            ("Jin", "진", "津"), ("Sun", "순", "順"), ("Hyo", "효", "孝"), ("Ryong", "룡", "龍"), ("Mun", "문", "文"),
            ("Kim", "김", "金"), ("Chaek", "책", "策"), ("Hoe", "회", "會"), ("Hui", "희", "熙"), ("Man", "만", "滿"),
            ("Po", "포", "浦"), ("Ra", "라", "羅"), ("Sa", "사", "沙"), ("Ri", "리", "里"), ("Tan", "단", "端"),
            ("Sam", "삼", "三"), ("Ji", "지", "池"), ("Yon", "연", "淵"), ("Hye", "혜", "惠"), ("Kap", "갑", "甲"),
            ("Un", "운", "雲"), ("Dong", "동", "東"), ("Sok", "석", "石"), ("Bong", "봉", "鳳"), ("Gang", "광", "光"),
            ("Myong", "명", "明"), ("Ok", "옥", "玉"), ("Chung", "충", "忠"),
        };

        private static readonly string[] Provinces =
        {
            "North Pyongan", "South Pyongan", "Chagang", "North Hwanghae", "South Hwanghae",
            "Kangwon", "South Hamgyong", "North Hamgyong", "Ryanggang",
        };

        /// <summary>The files of a list of <paramref name="rows"/> cities: (path, text), at most <see cref="RowsPerFile"/> rows each.</summary>
        public static IReadOnlyList<(string Path, string Text)> Files(int rows, int seed = 2008, string folder = "/data")
        {
            var cities = Cities(rows, seed);
            var files = new List<(string, string)>();
            for (var start = 0; start < rows; start += RowsPerFile)
            {
                var count = Math.Min(RowsPerFile, rows - start);
                var index = files.Count + 1;
                files.Add(($"{folder}/cities-{index:D2}.txt", Document($"List of cities in North Korea, part {index}", cities.GetRange(start, count))));
            }

            return files;
        }

        /// <summary>One wiki document holding <paramref name="cities"/>.</summary>
        public static string Document(string title, IReadOnlyList<SyntheticCity> cities)
        {
            var text = new StringBuilder(cities.Count * 80 + 256);
            text.Append("= ").Append(title).Append(" =\n\n==List==\n;Notes:\n- All population figures come from the 2008 North Korean census.\n\n");
            text.Append(Header).Append('\n');
            foreach (var city in cities)
            {
                text.Append("| ").Append(city.Name)
                    .Append(" | ").Append(city.KoreanName)
                    .Append(" | ").Append(city.Hancha)
                    .Append(" | ").Append(city.Province)
                    .Append(" | ").Append(city.Population.ToString("N0", CultureInfo.InvariantCulture))
                    .Append(" | ").Append(city.Founded)
                    .Append(" |\n");
            }

            return text.Append("\n== See also ==\n").ToString();
        }

        /// <summary><paramref name="count"/> cities with distinct names (distinct after case and diacritic folding too).</summary>
        public static List<SyntheticCity> Cities(int count, int seed = 2008)
        {
            var random = new Random(seed);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var cities = new List<SyntheticCity>(count);
            while (cities.Count < count)
            {
                // Two or three syllables, as most city names are; four when the shorter ones run out.
                var length = cities.Count < 40_000 ? 2 + random.Next(2) : 3 + random.Next(2);
                var roman = new StringBuilder();
                var hangul = new StringBuilder();
                var hancha = new StringBuilder();
                for (var i = 0; i < length; i++)
                {
                    var s = Syllables[random.Next(Syllables.Length)];
                    roman.Append(i == 0 ? s.Roman : s.Roman.ToLowerInvariant());
                    hangul.Append(s.Hangul);
                    hancha.Append(s.Hancha);
                }

                var name = roman.ToString();
                if (!seen.Add(NameKey.Of(name))) continue;
                cities.Add(new SyntheticCity(
                    name,
                    hangul.Append('시').ToString(),
                    hancha.Append('市').ToString(),
                    Provinces[random.Next(Provinces.Length)],
                    Population(random),
                    Founded(random)));
            }

            return cities;
        }

        // Census populations run from a few tens of thousands to a few hundred thousand, a long tail above.
        private static int Population(Random random) => (int)Math.Round(20_000 * Math.Exp(random.NextDouble() * 3.2)) + random.Next(1000);

        // The seed list's mix: full dates, year and month with a blank day, year only.
        private static string Founded(Random random)
        {
            var year = 1945 + random.Next(75);
            return random.Next(3) switch
            {
                0 => $"{year}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}",
                1 => $"{year}-{1 + random.Next(12):D2}-<u>\u3000</u>",
                _ => $"{year}-<u>\u3000</u>-<u>\u3000</u>",
            };
        }
    }

    /// <summary>One row of a synthetic city list.</summary>
    internal sealed record SyntheticCity(string Name, string KoreanName, string Hancha, string Province, int Population, string Founded);
}
