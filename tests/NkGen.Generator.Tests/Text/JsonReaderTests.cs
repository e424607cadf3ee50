using System;
using System.Diagnostics;
using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;
using Xunit;
using static NkGen.Generator.Tests.Text.Spans;

namespace NkGen.Generator.Tests.Text
{
    /// <summary>
    /// JSON data exports (RFC 8259 values): an array of objects, or an object holding such arrays; every value located;
    /// malformed and deeply nested input stopped at a located problem in linear time.
    /// </summary>
    public class JsonReaderTests
    {
        private static DataDocument Read(string text) => DocumentReader.Read("cities.json", text);

        private static string[][] Rows(TextTable table) =>
            table.HeaderRows.Concat(table.Rows).Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray();

        [Fact]
        public void An_array_of_objects_is_a_table_whose_header_is_the_union_of_keys_in_first_seen_order()
        {
            var table = Assert.Single(Read("[{\"City\": \"Anju\", \"Population\": 240117},\n {\"City\": \"Haeju\", \"Province\": \"South Hwanghae\"}]").Tables);

            Assert.Equal(new[] { new[] { "City", "Population", "Province" }, new[] { "Anju", "240117", "" }, new[] { "Haeju", "", "South Hwanghae" } }, Rows(table));
        }

        [Fact]
        public void An_object_gives_one_table_per_array_property_named_by_it_and_ignores_its_other_properties()
        {
            var document = Read("{\"source\": \"census\", \"cities\": [{\"City\": \"Anju\"}], \"count\": 1, \"provinces\": [{\"Province\": \"Chagang\"}]}");

            Assert.Equal(new[] { "cities", "provinces" }, document.Tables.Select(t => t.Section));
            Assert.Empty(document.Problems);
        }

        [Fact]
        public void Values_are_read_as_written_and_null_is_an_empty_cell()
        {
            var row = Read("[{\"a\": \"Hamh\\u016Dng \\\"city\\\"\", \"b\": 2.8e6, \"c\": -0, \"d\": true, \"e\": false, \"f\": null}]").Tables[0].Rows[0];

            Assert.Equal(new[] { "Hamhŭng \"city\"", "2.8e6", "-0", "true", "false", "" }, row.Cells.Select(c => c.Text));
        }

        [Fact]
        public void Keys_and_values_are_located_where_their_text_is()
        {
            const string text = "{\n  \"cities\": [\n    { \"City\": \"Anju\", \"Population\": 240117 }\n  ]\n}\n";
            var table = Read(text).Tables[0];

            AssertCovers(text, table.HeaderRows[0].Cells[0].Span, "City", 3, 8);
            AssertCovers(text, table.Rows[0].Cells[0].Span, "Anju", 3, 16);
            AssertCovers(text, table.Rows[0].Cells[1].Span, "240117", 3, 37);
            Assert.Equal(3, table.Rows[0].Span.Line);
        }

        [Fact]
        public void A_nested_value_is_reported_at_it_and_its_cell_left_empty()
        {
            const string text = "[{\"City\": \"Anju\", \"Names\": {\"ko\": \"안주시\"}, \"Population\": 240117}]";
            var document = Read(text);

            Assert.Equal(new[] { "Anju", "", "240117" }, document.Tables[0].Rows[0].Cells.Select(c => c.Text));
            var problem = Assert.Single(document.Problems);
            AssertAt(problem.Span, 1, 28);
        }

        [Fact]
        public void A_sparql_result_is_the_table_of_its_bindings_and_a_term_is_the_cell_of_its_value()
        {
            // What the Wikidata Query Service downloads as JSON.
            const string text = "{\"head\": {\"vars\": [\"item\", \"itemLabel\", \"population\"]},\n"
                + " \"results\": {\"bindings\": [\n"
                + "  {\"item\": {\"type\": \"uri\", \"value\": \"http://www.wikidata.org/entity/Q491085\"},\n"
                + "   \"itemLabel\": {\"xml:lang\": \"en\", \"type\": \"literal\", \"value\": \"Kilju\"},\n"
                + "   \"population\": {\"datatype\": \"http://www.w3.org/2001/XMLSchema#decimal\", \"type\": \"literal\", \"value\": \"125000\"}}]}}";
            var document = Read(text);

            var table = Assert.Single(document.Tables);
            Assert.Equal("bindings", table.Section);
            Assert.Equal(new[] { "item", "itemLabel", "population" }, table.HeaderRows[0].Cells.Select(c => c.Text));
            Assert.Equal(new[] { "http://www.wikidata.org/entity/Q491085", "Kilju", "125000" }, table.Rows[0].Cells.Select(c => c.Text));
            // The cell is located at the term's value.
            var kilju = table.Rows[0].Cells[1];
            Assert.Equal(text.IndexOf("Kilju", System.StringComparison.Ordinal), kilju.Span.Start);
            Assert.Empty(document.Problems);
        }

        [Fact]
        public void A_sparql_result_read_by_the_tables_stage_gives_its_cities()
        {
            const string text = "{\"head\": {\"vars\": []}, \"results\": {\"bindings\": [{\"itemLabel\": {\"type\": \"literal\", \"value\": \"Kilju County\"}, "
                + "\"provinceLabel\": {\"type\": \"literal\", \"value\": \"North Hamgyong\"}, \"koreanName\": {\"type\": \"literal\", \"xml:lang\": \"ko\", \"value\": \"길주군\"}}]}}";
            var reading = NkGen.Generator.Tables.TableReader.Read(Read(text));

            var row = Assert.Single(reading.Cities);
            Assert.Equal("Kilju County", row.Name);
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_geojson_feature_is_the_row_of_its_properties_and_its_geometry_is_not_read()
        {
            const string text = "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\"}, \"features\": [\n"
                + " {\"type\": \"Feature\", \"id\": 7, \"properties\": {\"name\": \"Kilju\", \"population\": 125000}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [129.3, 40.9]}},\n"
                + " {\"type\": \"Feature\", \"geometry\": null, \"properties\": {\"name\": \"Undok\", \"tags\": [\"town\"]}}\n"
                + "]}";
            var document = Read(text);

            var table = Assert.Single(document.Tables);
            Assert.Equal("features", table.Section);
            Assert.Equal(new[] { new[] { "name", "population", "id", "tags" }, new[] { "Kilju", "125000", "7", "" }, new[] { "Undok", "", "", "" } }, Rows(table));
            AssertCovers(text, table.Rows[0].Cells[0].Span, "Kilju", 2, 55);
            // A nested value inside the properties is still one: reported, its cell left empty.
            var problem = Assert.Single(document.Problems);
            AssertAt(problem.Span, 3, 80);
        }

        [Fact]
        public void A_bounding_box_of_the_collection_or_of_a_feature_is_neither_a_cell_nor_a_problem()
        {
            var document = Read("{\"type\": \"FeatureCollection\", \"bbox\": [124, 37, 131, 43], \"features\": [\n"
                + " {\"type\": \"Feature\", \"bbox\": [129, 40, 130, 41], \"properties\": {\"name\": \"Kilju\"}, \"geometry\": null}]}");

            Assert.Equal(new[] { new[] { "name" }, new[] { "Kilju" } }, Rows(Assert.Single(document.Tables)));
            Assert.Empty(document.Problems);
        }

        [Fact]
        public void An_object_with_properties_that_hold_no_object_is_an_ordinary_row()
        {
            var document = Read("[{\"type\": \"city\", \"properties\": \"none\", \"City\": \"Anju\"}]");

            Assert.Equal(new[] { new[] { "type", "properties", "City" }, new[] { "city", "none", "Anju" } }, Rows(document.Tables[0]));
            Assert.Empty(document.Problems);
        }

        [Fact]
        public void A_feature_the_json_stops_inside_keeps_what_was_read_of_it()
        {
            var document = Read("[{\"type\": \"Feature\", \"properties\": {\"name\": \"Kilju\", \"population\": }}]");

            Assert.Equal(new[] { new[] { "name" }, new[] { "Kilju" } }, Rows(document.Tables[0]));
            Assert.Equal(ProblemKind.MalformedRow, Assert.Single(document.Problems).Kind);
        }

        [Fact]
        public void An_element_that_is_not_an_object_is_reported_and_the_rest_read()
        {
            var document = Read("[{\"City\": \"Anju\"}, \"Haeju\", [1, 2], {\"City\": \"Sinpo\"}]");

            Assert.Equal(new[] { "Anju", "Sinpo" }, document.Tables[0].Rows.Select(r => r.Cells[0].Text));
            Assert.Equal(2, document.Problems.Count);
        }

        [Fact]
        public void A_duplicate_key_is_reported_and_the_later_value_used()
        {
            var document = Read("[{\"City\": \"Anju\", \"City\": \"Haeju\"}]");

            Assert.Equal("Haeju", document.Tables[0].Rows[0].Cells[0].Text);
            Assert.Single(document.Problems);
        }

        [Theory]
        [InlineData("[{\"City\": \"Anju\"},\n {\"City\": Haeju}]", 2, 11)]
        [InlineData("[{\"City\": \"Anju\"},\n {\"City\": \"Haeju}]", 2, 11)]
        [InlineData("[{\"City\": \"Anju\"},\n {\"City\" \"Haeju\"}]", 2, 10)]
        [InlineData("[{\"City\": \"Anju\"},\n {\"City\": \"Haeju\"}", 2, 19)]
        [InlineData("[{\"City\": \"Anju\"}]\n]", 2, 1)]
        [InlineData("\"Anju\"", 1, 1)]
        [InlineData("[{\"City\": \"Anju\"},\n {\"City\": 01x}]", 2, 11)]
        public void Malformed_JSON_is_reported_where_it_goes_wrong_and_the_rows_before_are_kept(string text, int line, int column)
        {
            var document = Read(text);

            var problem = Assert.Single(document.Problems);
            Assert.Equal(ProblemKind.MalformedRow, problem.Kind);
            AssertAt(problem.Span, line, column);
            if (document.Tables.Count > 0) Assert.Equal("Anju", document.Tables[0].Rows[0].Cells[0].Text);
        }

        [Fact]
        public void JSON_nested_100000_deep_is_a_located_problem_in_linear_time()
        {
            var deep = new string('[', 100_000) + new string(']', 100_000);
            foreach (var text in new[] { deep, "[{\"City\": \"Anju\", \"x\": " + deep + "}]", "{\"cities\": " + deep + "}" })
            {
                var clock = Stopwatch.StartNew();
                var document = Read(text);

                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:N1} s");
                var problem = document.Problems.Last();
                Assert.Contains("nests more than", problem.Message, StringComparison.Ordinal);
                Assert.Equal(1, problem.Span.Line);
            }
        }

        [Fact]
        public void A_1_MB_string_is_read_in_linear_time()
        {
            var big = new string('x', 1 << 20);
            var clock = Stopwatch.StartNew();
            var document = Read("[{\"City\": \"Anju\", \"Notes\": \"" + big + "\"}]");

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:N1} s");
            Assert.Equal(big, document.Tables[0].Rows[0].Cells[1].Text);
        }

        [Fact]
        public void A_byte_order_mark_and_an_empty_file_are_fine()
        {
            Assert.Single(Read("\uFEFF[{\"City\": \"Anju\"}]").Tables);
            Assert.Empty(Read("").Problems);
            Assert.Empty(Read("[]").Tables);
        }
    }
}
