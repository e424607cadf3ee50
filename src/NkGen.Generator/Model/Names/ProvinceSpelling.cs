using System.Collections.Generic;
using NkGen.Generator.Common;

namespace NkGen.Generator.Model.Names
{
    /// <summary>Which half of a divided province a name means (함경남도 is South Hamgyong).</summary>
    internal enum Direction
    {
        None,
        North,
        South,
    }

    /// <summary>
    /// Reads a romanized province name as a direction and a core, in the ways sources write it: "South Hamgyong
    /// Province", "S. Hamgyong", "Süd-Hamgyŏng", "Hamgyŏng-namdo", "Hamgyongnam-do", "Hamgyong-N" (nam: south) and
    /// "Hamgyong-P" / "-B" (puk, buk: north). A letter before the core is English (N. = north); after it, Korean
    /// (N = nam = south). The core is returned as its <see cref="NameKey"/>.
    /// </summary>
    internal static class ProvinceSpelling
    {
        private static readonly HashSet<string> Unit = new() { "province", "provinces", "provinz", "prov", "provincia", "do", "to" };

        private static readonly Dictionary<string, Direction> Before = new()
        {
            ["south"] = Direction.South, ["southern"] = Direction.South, ["s"] = Direction.South, ["sud"] = Direction.South, ["sued"] = Direction.South,
            ["north"] = Direction.North, ["northern"] = Direction.North, ["n"] = Direction.North, ["nord"] = Direction.North,
        };

        private static readonly Dictionary<string, Direction> After = new()
        {
            ["namdo"] = Direction.South, ["nam"] = Direction.South, ["n"] = Direction.South, ["s"] = Direction.South, ["south"] = Direction.South, ["sud"] = Direction.South,
            ["pukto"] = Direction.North, ["pukdo"] = Direction.North, ["bukdo"] = Direction.North, ["bukto"] = Direction.North,
            ["puk"] = Direction.North, ["buk"] = Direction.North, ["p"] = Direction.North, ["b"] = Direction.North, ["north"] = Direction.North, ["nord"] = Direction.North,
        };

        private static readonly (string Suffix, Direction Direction)[] Attached =
        {
            ("namdo", Direction.South), ("pukto", Direction.North), ("pukdo", Direction.North), ("bukdo", Direction.North), ("bukto", Direction.North),
        };

        /// <summary>The provinces split into a north and a south (평안, 함경, 황해), as their loose keys.</summary>
        private static readonly HashSet<string> DividedCores = new() { LooseSpelling.Of("Pyongan"), LooseSpelling.Of("Hamgyong"), LooseSpelling.Of("Hwanghae") };

        public static (Direction Direction, string Core) Parse(string name)
        {
            var tokens = new List<string>();
            var hadUnit = false;
            foreach (var word in name.Split(new[] { ' ', '-', '‐', '‑', '–', '.', ',', '/', '(', ')', '\t', '\u00A0' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                var token = NameKey.Of(word);
                if (token.Length == 0) continue;
                if (Unit.Contains(token)) hadUnit = true;
                else tokens.Add(token);
            }

            var direction = Direction.None;
            if (tokens.Count > 1 && Before.TryGetValue(tokens[0], out var before))
            {
                direction = before;
                tokens.RemoveAt(0);
            }
            else if (tokens.Count > 1 && After.TryGetValue(tokens[tokens.Count - 1], out var after))
            {
                direction = after;
                tokens.RemoveAt(tokens.Count - 1);
            }

            var core = string.Concat(tokens);
            if (direction == Direction.None) (direction, core) = AttachedDirection(core, hadUnit);
            return (direction, core);
        }

        /// <summary>"Hamgyŏngnamdo", or "Hamgyongnam" when a separate "do" said it is a province.</summary>
        private static (Direction, string) AttachedDirection(string core, bool hadUnit)
        {
            foreach (var (suffix, direction) in Attached)
            {
                if (core.Length > suffix.Length + 3 && core.EndsWith(suffix, System.StringComparison.Ordinal)) return (direction, core.Substring(0, core.Length - suffix.Length));
            }

            foreach (var (suffix, direction) in new[] { ("nam", Direction.South), ("puk", Direction.North), ("buk", Direction.North) })
            {
                if (core.Length <= suffix.Length + 3 || !core.EndsWith(suffix, System.StringComparison.Ordinal)) continue;
                var rest = core.Substring(0, core.Length - suffix.Length);
                // Without a "do", only a divided province's core takes a bare direction ("Pyongannam"): "Kangnam" is a place.
                if (hadUnit || DividedCores.Contains(LooseSpelling.Of(rest))) return (direction, rest);
            }

            return (Direction.None, core);
        }

        /// <summary>The direction a Korean-script province core ends with (함경남 → South, 함경), if two syllables or more remain.</summary>
        public static (Direction Direction, string Core) SplitKorean(string core, char south, char north)
        {
            if (core.Length < 3) return (Direction.None, core);
            var last = core[core.Length - 1];
            var direction = last == south ? Direction.South : last == north ? Direction.North : Direction.None;
            return direction == Direction.None ? (direction, core) : (direction, core.Substring(0, core.Length - 1));
        }

        public static string Prefix(Direction direction) => direction switch
        {
            Direction.North => "n:",
            Direction.South => "s:",
            _ => ":",
        };
    }
}
