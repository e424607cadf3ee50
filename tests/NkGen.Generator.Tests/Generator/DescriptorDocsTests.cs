using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tests.Support;
using Xunit;

namespace NkGen.Generator.Tests.Generator
{
    /// <summary>Every diagnostic ID has a help link to its own docs page, a row in the README and a release-tracking line.</summary>
    public class DescriptorDocsTests
    {
        public static IEnumerable<object[]> Descriptors() =>
            typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => new object[] { ((DiagnosticDescriptor)f.GetValue(null)!).Id });

        private static DiagnosticDescriptor Get(string id) =>
            typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>().Single(d => d.Id == id);

        [Fact]
        public void Every_id_is_counted()
        {
            // NKG0001-0003, NKG1001-1002, NKG2001-2014: a new ID needs its docs page, release entry and this count.
            Assert.Equal(19, Descriptors().Count());
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void The_help_link_points_at_a_page_that_exists(string id)
        {
            var descriptor = Get(id);
            Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
            var page = Path.Combine(RepoPaths.Root, "docs", "diagnostics", id + ".md");
            Assert.True(File.Exists(page), $"{page} is missing");
            Assert.StartsWith($"# {id}", File.ReadAllText(page));
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void The_readme_and_release_tracking_list_it_with_its_severity(string id)
        {
            var descriptor = Get(id);
            Assert.Contains($"[{id}](docs/diagnostics/{id}.md) | {descriptor.DefaultSeverity} |", File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")));
            var releases = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "NkGen.Generator", "AnalyzerReleases.Unshipped.md"));
            Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", releases);
        }
    }
}
