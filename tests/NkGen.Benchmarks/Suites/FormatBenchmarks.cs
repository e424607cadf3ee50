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
        public void Setup()
        {
            var cities = SyntheticCityList.Cities(Rows);
            _wiki = SyntheticCityList.Document("List of cities in North Korea", cities);
            // As a spreadsheet exports it: a BOM, CRLF, quoted populations with thousands separators.
            var csv = new StringBuilder("\uFEFFCity,Chosŏn'gŭl,Hancha,Province,Population (2008),Founded\r\n", Rows * 80);
            foreach (var city in cities)
            {
                csv.Append(city.Name).Append(',').Append(city.KoreanName).Append(',').Append(city.Hancha).Append(',').Append(city.Province)
                    .Append(",\"").Append(city.Population.ToString("N0", CultureInfo.InvariantCulture)).Append("\",").Append(city.Founded).Append("\r\n");
            }

            _csv = csv.ToString();
        }

        [Benchmark(Baseline = true, Description = "Wiki dialect: DataFileReader.Read")]
        public int Wiki() => DataFileReader.Read("/data/cities.md", _wiki, 0).Reading.Cities.Count;

        [Benchmark(Description = "CSV: DataFileReader.Read")]
        public int Csv() => DataFileReader.Read("/data/cities.csv", _csv, 0).Reading.Cities.Count;
    }
}
