using System;
using System.Globalization;
using System.Linq;

namespace NkGen.Sample
{
    /// <summary>Prints every city and province the generator produced: the package's tables plus my-cities.md and my-provinces.md.</summary>
    internal static class Program
    {
        private const string Format = "{0,-10} {1,-26} {2,12}  {3,-10} {4}";

        private static void Main()
        {
            Console.OutputEncoding = System.Text.Encoding.UTF8;
            Console.WriteLine($"{Cities.All.Count} cities ({SpecialCities.All.Count} first-level), from the NkGen tables and my-cities.md");
            Console.WriteLine();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, Format, "City", "Province or status", "Population", "Founded", "Korean"));
            Console.WriteLine(new string('-', 72));
            foreach (var city in Cities.All)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, Format,
                    city.Name,
                    city.Province?.Name ?? Describe(city.Status),
                    city.Population?.ToString("N0", CultureInfo.InvariantCulture) ?? "",
                    city.Founded?.ToString() ?? "",
                    city.KoreanName ?? ""));
            }

            Console.WriteLine();
            var own = Cities.All.Where(c => c.Sources.Any(s => s.File == "my-cities.md")).Select(c => c.Name);
            Console.WriteLine("From my-cities.md: " + string.Join(", ", own));

            // Strongly typed members, with facts in their XML docs (hover them in an IDE).
            Console.WriteLine($"Hamhung: {Cities.Hamhung.Population?.ToString("N0", CultureInfo.InvariantCulture)} people, "
                + $"a special city in 1965: {Cities.Hamhung.StatusOn(1965) == AdministrativeStatus.SpecialCity}");
            // SpecialCities.Chongjin would compile with warning NKG0001: Chongjin's special status ended in 1985.

            // Provinces merge the built-in guide (character, major city) with my-provinces.md (census figures, seat, ISO code).
            Console.WriteLine();
            foreach (var province in Provinces.All)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-15} {1,-6} {2,10}  seat {3,-10} cities {4}  {5}",
                    province.Name, province.IsoCode ?? "", province.Population?.ToString("N0", CultureInfo.InvariantCulture) ?? "",
                    province.Capital ?? "", province.Cities.Count, province.Character ?? ""));
            }
        }

        private static string Describe(AdministrativeStatus status) => status switch
        {
            AdministrativeStatus.DirectlyGovernedCity => "(directly governed city)",
            AdministrativeStatus.SpecialCity => "(special city)",
            AdministrativeStatus.SpecialLevelCity => "(special-level city)",
            _ => "",
        };
    }
}
