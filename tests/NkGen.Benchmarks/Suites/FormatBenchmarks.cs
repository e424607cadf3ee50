using System.Collections.Generic;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using NkGen.Benchmarks.Inputs;
using NkGen.Benchmarks.Support;
using NkGen.Generator;

namespace NkGen.Benchmarks.Suites
{
    /// <summary>
    /// Suite 7: the same synthetic cities read from a spreadsheet's CSV export and from the wiki dialect (Text and Tables
    /// stages, <c>DataFileReader.Read</c>), so that CSV's cost per row is judged against the dialect's in one run.
    /// </summary>
    [MemoryDiagnoser(displayGenColumns: false)]
    public class FormatBenchmarks
    {
        private string _wiki = "";
        private string _csv = "";

        [ParamsSource(nameof(RowCounts))]
        public int Rows { get; set; }

        public static IEnumerable<int> RowCounts => RunSettings.FormatRows;

        [GlobalSetup]
        public void Setup() => (_wiki, _csv) = Texts(Rows);

        /// <summary>
        /// The same synthetic cities in the wiki dialect and as a spreadsheet exports them: a BOM, CRLF, quoted populations
        /// with thousands separators.
        /// </summary>
        public static (string Wiki, string Csv) Texts(int rows)
        {
            var cities = SyntheticCityList.Cities(rows);
            var csv = new StringBuilder("\uFEFFCity,Chosŏn'gŭl,Hancha,Province,Population (2008),Founded\r\n", rows * 80);
            foreach (var city in cities)
            {
                csv.Append(city.Name).Append(',').Append(city.KoreanName).Append(',').Append(city.Hancha).Append(',').Append(city.Province)
                    .Append(",\"").Append(city.Population.ToString("N0", CultureInfo.InvariantCulture)).Append("\",").Append(city.Founded).Append("\r\n");
            }

            return (SyntheticCityList.Document("List of cities in North Korea", cities), csv.ToString());
        }

        [Benchmark(Baseline = true, Description = "Wiki dialect: DataFileReader.Read")]
        public int Wiki() => ReadWiki(_wiki);

        [Benchmark(Description = "CSV: DataFileReader.Read")]
        public int Csv() => ReadCsv(_csv);

        public static int ReadWiki(string text) => DataFileReader.Read("/data/cities.md", text, 0).Reading.Cities.Count;

        public static int ReadCsv(string text) => DataFileReader.Read("/data/cities.csv", text, 0).Reading.Cities.Count;
    }
}
