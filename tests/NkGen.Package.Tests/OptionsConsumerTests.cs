using NkGen.Package.Tests.Support;
using Xunit;

namespace NkGen.Package.Tests
{
    /// <summary>Consumers that set the MSBuild options of buildTransitive/NkGen.props or bring their own tables.</summary>
    [Collection(PackageCollection.Name)]
    public sealed class OptionsConsumerTests
    {
        private const string OwnTable = """
            = County seats of North Hamgyong (2008 census) =

            ==Counties==
            | City | Province | Population |
            | Kilju | North Hamgyong | 139,932 |
            | Musan | North Hamgyong | 123,721 |
            """;

        private readonly PackageFixture _fixture;

        public OptionsConsumerTests(PackageFixture fixture) => _fixture = fixture;

        [Fact]
        public void Without_default_data_only_the_own_table_is_generated()
        {
            var consumer = _fixture.NewConsumer("OwnDataOnly")
                .Project(
                    // NKG0003 is data-driven: without the built-in tables, "Hamhung" names no city, and the build says so.
                    properties: "<NkGenIncludeDefaultData>false</NkGenIncludeDefaultData><WarningsNotAsErrors>NKG0003</WarningsNotAsErrors>",
                    items: """<NkGenData Include="counties.md" Priority="10" />""")
                .Write("counties.md", OwnTable)
                .Write("Program.cs", """
                    internal static class Program
                    {
                        private static void Main()
                        {
                            System.Console.WriteLine(NkGen.Cities.All.Count);
                            System.Console.WriteLine(string.Join(",", System.Linq.Enumerable.Select(NkGen.Cities.All, c => c.Name)));
                            System.Console.WriteLine(NkGen.Cities.Kilju.Population);
                            System.Console.WriteLine(NkGen.Cities.TryGet("Hamhung", out _));
                        }
                    }
                    """);

            var output = consumer.Build();

            var unknown = Assert.Single(Consumer.Diagnostics(output, "NKG0003"));
            Assert.Contains("Program.cs(8,", unknown);
            Assert.Contains("No city is named 'Hamhung'", unknown);
            Assert.Equal(new[] { "2", "Kilju,Musan", "139932", "False" }, consumer.Run());
        }

        [Fact]
        public void Format_metadata_reads_an_own_file_in_that_format_whatever_its_extension()
        {
            var consumer = _fixture.NewConsumer("OwnFormat")
                .Project(
                    properties: "<NkGenIncludeDefaultData>false</NkGenIncludeDefaultData>",
                    items: """<NkGenData Include="counties.data" Format="csv" />""")
                .Write("counties.data", "City,Province,Population\r\nKilju,North Hamgyong,\"139,932\"\r\nMusan,North Hamgyong,\"123,721\"\r\n")
                .Write("Program.cs", """
                    internal static class Program
                    {
                        private static void Main()
                        {
                            System.Console.WriteLine(NkGen.Cities.All.Count);
                            System.Console.WriteLine(NkGen.Cities.Kilju.Population);
                        }
                    }
                    """);

            consumer.Build();

            Assert.Equal(new[] { "2", "139932" }, consumer.Run());
        }

        [Theory]
        [InlineData("cities.csv")]
        [InlineData("cities-semicolon.csv")]
        [InlineData("cities.tsv")]
        [InlineData("cities.md")]
        [InlineData("cities.wiki")]
        [InlineData("cities.json")]
        public void A_table_of_the_built_in_cities_in_any_format_merges_into_them(string fixture)
        {
            // The 28 built-in cities as a spreadsheet, a browser paste, GitHub, a Wikipedia page's source or an API write them.
            var text = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "tests", "Fixtures", "Formats", fixture));
            var consumer = _fixture.NewConsumer("Merge" + fixture.Replace(".", "").Replace("-", ""))
                .Project(items: $"""<NkGenData Include="{fixture}" Priority="10" />""")
                .Write(fixture, text)
                .Write("Program.cs", """
                    internal static class Program
                    {
                        private static void Main()
                        {
                            System.Console.WriteLine(NkGen.Cities.All.Count);
                            System.Console.WriteLine(NkGen.Provinces.All.Count);
                            System.Console.WriteLine(NkGen.Cities.Hamhung.Population);
                            System.Console.WriteLine(NkGen.Cities.Anju.Population);
                        }
                    }
                    """);

            var output = consumer.Build();

            Assert.DoesNotContain("NKG2008", output);
            Assert.Equal(new[] { "28", "9", "768551", "240117" }, consumer.Run());
        }

        [Fact]
        public void Priority_metadata_lets_an_own_table_override_the_default_tables()
        {
            // Without Priority the census list's exact 768,551 would beat a rounded 770,000; Priority="10" comes first.
            var consumer = _fixture.NewConsumer("OwnPriority")
                .Project(items: """<NkGenData Include="estimates.md" Priority="10" />""")
                .Write("estimates.md", """
                    = Rounded estimates =

                    ==Cities==
                    | City | Province | Population |
                    | Hamhung | South Hamgyong | 770,000 |
                    """)
                .Write("Program.cs", """
                    internal static class Program
                    {
                        private static void Main()
                        {
                            System.Console.WriteLine(NkGen.Cities.Hamhung.Population);
                            System.Console.WriteLine(NkGen.Cities.All.Count);
                        }
                    }
                    """);

            consumer.Build();

            Assert.Equal(new[] { "770000", "28" }, consumer.Run());
        }

        [Fact]
        public void NkGenNamespace_moves_the_generated_classes()
        {
            var consumer = _fixture.NewConsumer("OwnNamespace")
                .Project(properties: "<NkGenNamespace>My.Geo</NkGenNamespace>")
                .Write("Program.cs", """
                    internal static class Program
                    {
                        private static void Main()
                        {
                            System.Console.WriteLine(My.Geo.Cities.Hamhung.Population);
                            System.Console.WriteLine(typeof(My.Geo.Cities).Assembly.GetType("NkGen.Cities") is null);
                        }
                    }
                    """);

            consumer.Build();

            Assert.Equal(new[] { "768551", "True" }, consumer.Run());
        }

        [Fact]
        public void Public_visibility_exposes_the_generated_classes_to_a_referencing_app()
        {
            // The library's generated members are public and documented (its build has GenerateDocumentationFile and
            // TreatWarningsAsErrors on, so a missing doc comment would fail it). The app gets the package through the
            // library, generator included; the generator sees the library's public classes and generates no second
            // copy that would hide them.
            _fixture.NewConsumer("GeoLibrary")
                .Project(outputType: "Library", properties: "<NkGenVisibility>public</NkGenVisibility>")
                .Write("Atlas.cs", """
                    namespace GeoLibrary
                    {
                        /// <summary>Facts the library derives from NkGen.</summary>
                        public static class Atlas
                        {
                            /// <summary>The largest city.</summary>
                            public static NkGen.City Largest => System.Linq.Enumerable.First(
                                System.Linq.Enumerable.OrderByDescending(NkGen.Cities.All, c => c.Population ?? 0));
                        }
                    }
                    """);
            var app = _fixture.NewConsumer("GeoApp")
                .Project(referenceNkGen: false, items: """<ProjectReference Include="../GeoLibrary/GeoLibrary.csproj" />""")
                .Write("Program.cs", """
                    internal static class Program
                    {
                        private static void Main()
                        {
                            System.Console.WriteLine(typeof(NkGen.Cities).IsPublic);
                            System.Console.WriteLine(typeof(NkGen.Cities).Assembly.GetName().Name);
                            System.Console.WriteLine(NkGen.Cities.Hamhung.Population);
                            System.Console.WriteLine(GeoLibrary.Atlas.Largest.Name);
                        }
                    }
                    """);

            app.Build();

            Assert.Equal(new[] { "True", "GeoLibrary", "768551", "Pyongyang" }, app.Run());
        }

        [Fact]
        public void Ragged_row_is_a_located_warning_and_the_build_goes_on()
        {
            // Choice: the consumer keeps TreatWarningsAsErrors and lists NKG2002 in WarningsNotAsErrors, so the build
            // succeeds and the warning points at the row in the user's file. The cells that line up with the header
            // are still read; the missing Population cell is read as empty.
            var consumer = _fixture.NewConsumer("RaggedRow")
                .Project(
                    properties: "<WarningsNotAsErrors>NKG2002</WarningsNotAsErrors>",
                    items: """<NkGenData Include="ragged.md" />""")
                .Write("ragged.md", """
                    = County seats of North Hamgyong (2008 census) =

                    ==Counties==
                    | City | Province | Population |
                    | Kilju | North Hamgyong | 139,932 |
                    | Musan | North Hamgyong |
                    """)
                .Write("Program.cs", """
                    internal static class Program
                    {
                        private static void Main()
                        {
                            System.Console.WriteLine(NkGen.Cities.Kilju.Population);
                            System.Console.WriteLine(NkGen.Cities.Musan.Population is null);
                        }
                    }
                    """);

            var output = consumer.Build();

            var warnings = Consumer.Diagnostics(output, "NKG2002");
            var warning = Assert.Single(warnings);
            Assert.Matches(@"ragged\.md\(6,\d+\): warning NKG2002: ", warning);
            Assert.Equal(new[] { "139932", "True" }, consumer.Run());
        }
    }
}
