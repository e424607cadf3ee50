using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Model;
using NkGen.Generator.Model.Names;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Model.Rows;

namespace NkGen.Generator.Tests.Model
{
    /// <summary>
    /// A province's names keep each spelling from cities' Province columns once (<see cref="ProvinceNames"/>), and the
    /// resolver takes a repeated spelling's resolution again while nothing changed: the model must be what a name source
    /// per city and a resolution per row gave.
    /// </summary>
    public class ProvinceNamesTests
    {
        [Fact]
        public void Repeated_spellings_give_the_provinces_sources_and_problems_that_a_name_per_city_gave()
        {
            var model = ModelBuilder.Build(new[]
            {
                Reading("a.md", cities: new[]
                {
                    City("Pyongyang", At("a.md", 10), Fact(CityField.Status, Status(CityStatus.DirectlyGovernedCity, "Directly governed city"), At("a.md", 10, 20)), Fact(CityField.RelatedProvince, Plain("South Pyongan"), At("a.md", 10, 40))),
                    City("Hamhung", At("a.md", 11), Fact(CityField.Province, Plain("South Hamgyong"), At("a.md", 11, 20))),
                    City("Sinpo", At("a.md", 12), Fact(CityField.Province, Plain("South Hamgyong"), At("a.md", 12, 20))),
                    City("Tanchon", At("a.md", 13), Fact(CityField.Province, Plain("Hamgyŏng-namdo"), At("a.md", 13, 20))),
                    City("Kilju", At("a.md", 14), Fact(CityField.Province, Plain("Hamgyng"), At("a.md", 14, 20))),
                    City("Musan", At("a.md", 15), Fact(CityField.Province, Plain("Hamgyng"), At("a.md", 15, 20))),
                    City("Kanggye", At("a.md", 16), Fact(CityField.Province, Plain("Chagang"), At("a.md", 16, 20))),
                    City("Hoeryong", At("a.md", 17), Fact(CityField.Province, Plain("Kwanbuk"), At("a.md", 17, 20))),
                    City("Chongjin", At("a.md", 18), Fact(CityField.Province, Plain("Kwanbuk"), At("a.md", 18, 20))),
                    City("Sariwon", At("a.md", 19), Fact(CityField.Province, Plain("Kwanso"), At("a.md", 19, 20))),
                }),
                Reading("b.md", priority: 1, cities: new[]
                {
                    City("Manpo", At("b.md", 5), Fact(CityField.Province, Plain("Jagang"), At("b.md", 5, 20))),
                    City("Huichon", At("b.md", 6), Fact(CityField.Province, Plain("Chagang"), At("b.md", 6, 20))),
                    City("Onsong", At("b.md", 7), Fact(CityField.Province, Plain("Hamgyang"), At("b.md", 7, 20))),
                    City("Hamhung", At("b.md", 8), Fact(CityField.Province, Plain("South Hamgyong"), At("b.md", 8, 20))),
                    City("Sinpo", At("b.md", 9), Fact(CityField.Province, Plain("Hamgyong-namdo"), At("b.md", 9, 20))),
                    City("Rajin", At("b.md", 10), Fact(CityField.Province, Plain("Gwanbuk"), At("b.md", 10, 20))),
                    City("Sonbong", At("b.md", 11), Fact(CityField.Province, Plain("Gwanbuk"), At("b.md", 11, 20))),
                    City("Haeju", At("b.md", 12), Fact(CityField.Province, Plain("Kwanso"), At("b.md", 12, 20))),
                    City("Kaesong", At("b.md", 13), Fact(CityField.Province, Plain("Kwanso"), At("b.md", 13, 20))),
                }),
                Reading("c.md", provinces: new[]
                {
                    Province("Pyongyang", At("c.md", 3)),
                    Province("South Hamgyong", At("c.md", 4), new ProvinceFact(ProvinceField.KoreanName, Plain("함경남도"), At("c.md", 4, 30))),
                    Province("Chagang", At("c.md", 5)),
                    Province("Kwanso", At("c.md", 6), new ProvinceFact(ProvinceField.KoreanName, Plain("관서"), At("c.md", 6, 30))),
                }),
                Reading("d.md", provinces: new[] { Province("Kwanso", At("d.md", 2), new ProvinceFact(ProvinceField.KoreanName, Plain("관소"), At("d.md", 2, 30))) }),
            });

            // What a name source per city and a resolution per row gave (the model before the spellings were kept once).
            var expected = new[]
            {
                "Chagang [Chagang] at c.md(5,1) b.md(6,20) a.md(16,20); cities Huichon, Kanggye; also ",
                "Hamgyang [Hamgyang] at b.md(7,20); cities Onsong; also ",
                "Hamgyng [Hamgyng] at a.md(14,20) a.md(15,20); cities Kilju, Musan; also ",
                "Jagang [Jagang] at b.md(5,20); cities Manpo; also ",
                "Kwanbuk [Kwanbuk] at a.md(18,20) a.md(17,20) b.md(10,20) b.md(11,20); cities Chongjin, Hoeryong, Rajin, Sonbong; also Gwanbuk",
                "Kwanso [Kwanso] at c.md(6,1) b.md(12,20) b.md(13,20) a.md(19,20); cities Haeju, Kaesong, Sariwon; also Kwansŏ-do, Gwanseo-do, 관서",
                "Kwanso [Kwanso (2)] at d.md(2,1); cities ; also Kwanso-do, Gwanso-do, 관소",
                // Displayed as the spelling the highest-priority source (b.md) writes first among those alike.
                "South Hamgyong [Hamgyŏng-namdo] at c.md(4,1) b.md(8,20) b.md(9,20) a.md(13,20); cities Hamhung, Sinpo, Tanchon; also Hamgyŏng-namdo, Hamgyong-namdo, Hamgyeongnam-do, 함경남도, 함경남",
                "South Pyongan [South Pyongan] at a.md(10,40); cities ; also ",
                "Chongjin: Kwanbuk / ",
                "Haeju: Kwanso / ",
                "Hamhung: Hamgyŏng-namdo / ",
                "Hoeryong: Kwanbuk / ",
                "Huichon: Chagang / ",
                "Kaesong: Kwanso / ",
                "Kanggye: Chagang / ",
                "Kilju: Hamgyng / ",
                "Manpo: Jagang / ",
                "Musan: Hamgyng / ",
                "Onsong: Hamgyang / ",
                "Pyongyang:  / South Pyongan",
                "Rajin: Kwanbuk / ",
                "Sariwon: Kwanso / ",
                "Sinpo: Hamgyŏng-namdo / ",
                "Sonbong: Kwanbuk / ",
                "Tanchon: Hamgyŏng-namdo / ",
                "UnknownProvince a.md(14,20): 'Hamgyng' is none of North Korea's nine provinces (South Pyongan, North Pyongan, Chagang, Ryanggang, South Hamgyong, North Hamgyong, Kangwon, South Hwanghae, North Hwanghae) in any romanization NkGen reads; it is kept as a province of its own. Check the spelling, or give its Chosŏn'gŭl name (1 more row of this file writes it so)",
                "UnknownProvince a.md(17,20): 'Kwanbuk' is none of North Korea's nine provinces (South Pyongan, North Pyongan, Chagang, Ryanggang, South Hamgyong, North Hamgyong, Kangwon, South Hwanghae, North Hwanghae) in any romanization NkGen reads; it is kept as a province of its own. Check the spelling, or give its Chosŏn'gŭl name (1 more row of this file writes it so)",
                "UnknownProvince a.md(19,20): 'Kwanso' is none of North Korea's nine provinces (South Pyongan, North Pyongan, Chagang, Ryanggang, South Hamgyong, North Hamgyong, Kangwon, South Hwanghae, North Hwanghae) in any romanization NkGen reads; it is kept as a province of its own. Check the spelling, or give its Chosŏn'gŭl name",
                "UnknownProvince b.md(7,20): 'Hamgyang' is none of North Korea's nine provinces (South Pyongan, North Pyongan, Chagang, Ryanggang, South Hamgyong, North Hamgyong, Kangwon, South Hwanghae, North Hwanghae) in any romanization NkGen reads; it is kept as a province of its own. Check the spelling, or give its Chosŏn'gŭl name",
                "UnknownProvince b.md(10,20): 'Gwanbuk' is none of North Korea's nine provinces (South Pyongan, North Pyongan, Chagang, Ryanggang, South Hamgyong, North Hamgyong, Kangwon, South Hwanghae, North Hwanghae) in any romanization NkGen reads; it is kept as a province of its own. Check the spelling, or give its Chosŏn'gŭl name (1 more row of this file writes it so)",
                "UnknownProvince b.md(12,20): 'Kwanso' is none of North Korea's nine provinces (South Pyongan, North Pyongan, Chagang, Ryanggang, South Hamgyong, North Hamgyong, Kangwon, South Hwanghae, North Hwanghae) in any romanization NkGen reads; it is kept as a province of its own. Check the spelling, or give its Chosŏn'gŭl name (1 more row of this file writes it so)",
                "UnknownProvince c.md(6,1): 'Kwanso' is none of North Korea's nine provinces (South Pyongan, North Pyongan, Chagang, Ryanggang, South Hamgyong, North Hamgyong, Kangwon, South Hwanghae, North Hwanghae) in any romanization NkGen reads; it is kept as a province of its own. Check the spelling, or give its Chosŏn'gŭl name",
                "UnknownProvince d.md(2,1): 'Kwanso' is none of North Korea's nine provinces (South Pyongan, North Pyongan, Chagang, Ryanggang, South Hamgyong, North Hamgyong, Kangwon, South Hwanghae, North Hwanghae) in any romanization NkGen reads; it is kept as a province of its own. Check the spelling, or give its Chosŏn'gŭl name",
                "SourceDisagreement c.md(3,1): Pyongyang province: Title of c.md c.md(3,1) lists 'Pyongyang' as a province, but Pyongyang is a directly governed city, not a province (status from Title of a.md a.md(10,20)); the row was not used",
                "LooseNameMatch b.md(12,20): Province 'Kwanso' in Title of b.md b.md(12,20) was taken to be 'Kwanso' in Title of c.md c.md(6,1), but its spelling fits 'Kwanso' in Title of d.md d.md(2,1), a different place, as well; add the Hangul to confirm",
                "LooseNameMatch b.md(13,20): Province 'Kwanso' in Title of b.md b.md(13,20) was taken to be 'Kwanso' in Title of c.md c.md(6,1), but its spelling fits 'Kwanso' in Title of d.md d.md(2,1), a different place, as well; add the Hangul to confirm",
                "LooseNameMatch b.md(10,20): Province 'Gwanbuk' in Title of b.md b.md(10,20) was taken to be 'Kwanbuk' in Title of a.md a.md(18,20) only because the two romanizations are alike (both read ':kwanpuk' once the systems' differences are folded); add the Hangul to confirm (or to tell them apart)",
                "LooseNameMatch a.md(19,20): Province 'Kwanso' in Title of a.md a.md(19,20) was taken to be 'Kwanso' in Title of c.md c.md(6,1), but its spelling fits 'Kwanso' in Title of d.md d.md(2,1), a different place, as well; add the Hangul to confirm",
                "SourceDisagreement b.md(10,20): Kwanbuk name: 'Gwanbuk' in Title of b.md b.md(10,20) disagrees with 'Kwanbuk' in Title of a.md a.md(17,20), which was chosen (first source in file order); values given: 'Kwanbuk' at a.md(17,20), a.md(18,20); 'Gwanbuk' at b.md(10,20), b.md(11,20)",
                "SourceDisagreement b.md(11,20): Kwanbuk name: 'Gwanbuk' in Title of b.md b.md(11,20) disagrees with 'Kwanbuk' in Title of a.md a.md(17,20), which was chosen (first source in file order); values given: 'Kwanbuk' at a.md(17,20), a.md(18,20); 'Gwanbuk' at b.md(10,20), b.md(11,20)",
            };

            Assert.Equal(expected, Described(model).Split('\n'));
        }

        [Fact]
        public void The_draft_gets_the_distinct_spellings_when_they_are_alike_and_every_name_in_arrival_order_when_not()
        {
            var keysOf = PlaceKeys.Cached(PlaceKind.Province);
            var row = new NameSource("Chagang", At("p.md", 1), 2, "P", PlaceKeys.Of(PlaceKind.Province, "Chagang", "자강도"));
            var alike = new ProvinceNames(4);
            alike.AddRow(row);
            alike.AddReference("Chagang", At("a.md", 1), "A", keysOf("Chagang"));
            alike.AddReference("Chagang", At("a.md", 2), "A", keysOf("Chagang"));
            alike.AddReference("Chagang", At("a.md", 1), "A", keysOf("Chagang"));
            var names = new List<NameSource>();

            alike.AddTo(names);

            // The row's spelling carries its own keys and priority: the references share one spelling of their own.
            Assert.Equal(new[] { row, new NameSource("Chagang", At("a.md", 1), 0, "A", keysOf("Chagang")) }, names);
            Assert.Equal(new[] { At("p.md", 1), At("a.md", 1), At("a.md", 2) }, alike.Spans().ToArray());
            Assert.Equal(2, alike.SpellingCount);

            var differ = new ProvinceNames(4);
            differ.AddReference("Chagang", At("a.md", 1), "A", keysOf("Chagang"));
            differ.AddReference("Jagang", At("a.md", 2), "A", keysOf("Jagang"));
            differ.AddReference("Chagang", At("a.md", 3), "A", keysOf("Chagang"));
            differ.AddReference("Chagang", At("b.md", 1), "B", keysOf("Chagang"));
            names.Clear();

            differ.AddTo(names);

            Assert.Equal(
                new[] { ("Chagang", At("a.md", 1), "A"), ("Jagang", At("a.md", 2), "A"), ("Chagang", At("a.md", 3), "A"), ("Chagang", At("b.md", 1), "B") },
                names.Select(n => (n.Name, n.Span, n.Document)).ToArray());
            Assert.All(names, n => Assert.Same(keysOf(n.Name), n.Keys));
        }

        [Fact]
        public void Many_spellings_are_found_again_past_the_scan()
        {
            var keysOf = PlaceKeys.Cached(PlaceKind.Province);
            var names = new ProvinceNames(4);
            var spellings = Enumerable.Range(0, 20).Select(i => "Chagang" + new string('o', i)).ToArray();
            var arrivals = spellings.Concat(spellings.Reverse()).ToArray();
            for (var i = 0; i < arrivals.Length; i++) names.AddReference(arrivals[i], At("a.md", i + 1), "A", keysOf(arrivals[i]));
            var draft = new List<NameSource>();

            names.AddTo(draft);

            Assert.Equal(20, names.SpellingCount);
            Assert.Equal(arrivals, draft.Select(n => n.Name).ToArray());
            Assert.Equal(Enumerable.Range(1, 40).Select(line => At("a.md", line)).ToArray(), draft.Select(n => n.Span).ToArray());
        }

        [Fact]
        public void A_repeated_resolution_is_the_one_the_row_would_get_again()
        {
            var keysOf = PlaceKeys.Cached(PlaceKind.Province);
            var spellings = new[]
            {
                ("South Hamgyong", "a.md"), ("Hamgyng", "a.md"), ("South Hamgyong", "a.md"), ("Hamgyang", "b.md"), ("Hamgyng", "a.md"), ("Hamgyŏng-namdo", "b.md"),
                ("South Hamgyong", "b.md"), ("함경남도", "c.md"), ("Hamgyng", "b.md"), ("Hamgyang", "b.md"), ("Hamgyng", "a.md"), ("Chagang", "a.md"), ("Jagang", "b.md"),
                ("Chagang", "a.md"), ("Kwanbuk", "a.md"), ("Kwanso", "a.md"), ("Gwanbuk", "b.md"), ("Kwanbuk", "a.md"), ("Gwanbuk", "b.md"), ("Kwanso", "b.md"),
                ("Hamgyang", "a.md"), ("Kwanso", "a.md"), ("Hamgyng", "c.md"), ("Gwanbuk", "c.md"), ("Hamgyng", "a.md"),
            };
            // Two provinces spelled alike with different Hangul, as province rows give them: "Kwanso" fits both.
            var rows = new[] { (PlaceKeys.Of(PlaceKind.Province, "Kwanso", "관서"), "c.md"), (PlaceKeys.Of(PlaceKind.Province, "Kwanso", "관소"), "d.md") }
                .Concat(spellings.Select(s => (keysOf(s.Item1), s.Item2)))
                .ToList();

            var one = IdentityResolver.Resolve(rows);
            var repeated = IdentityResolver.Resolve(rows, repeatedKeys: true);

            Assert.Equal(one.Select(Described).ToArray(), repeated.Select(Described).ToArray());
        }

        private static string Described(Resolution r) => $"{r.Entity} {r.JoinedBy} {r.Partner} {r.Key} {r.Rival}";

        private static string Described(DataModel model) => string.Join(
            "\n",
            model.Provinces.Select(p => $"{p.Name} [{p.IdentityName}] at {string.Join(" ", p.NameSources)}; cities {string.Join(", ", p.CityNames)}; also {string.Join(", ", p.OtherNames)}")
                .Concat(model.Cities.Select(c => $"{c.IdentityName}: {c.ProvinceIdentity} / {c.RelatedProvinceIdentity}"))
                .Concat(model.Problems.Select(p => $"{p.Kind} {p.Span}: {p.Message}")));
    }
}
