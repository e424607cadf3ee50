namespace NkGen
{
    /// <summary>The administrative rank of a North Korean city, or of a county or district that a table lists beside the cities.</summary>
    public enum AdministrativeStatus
    {
        /// <summary>An ordinary city (si) under a province.</summary>
        City = 0,

        /// <summary>A special city (t'ŭkpyŏlsi): a first-level division equal to a province.</summary>
        SpecialCity = 1,

        /// <summary>A directly governed (direct-administered) city (chikhalsi), such as Pyongyang.</summary>
        DirectlyGovernedCity = 2,

        /// <summary>A special-level city (t'ŭkkŭpsi).</summary>
        SpecialLevelCity = 3,

        /// <summary>A county (kun) under a province: a second-level division, as an ordinary city is.</summary>
        County = 4,

        /// <summary>A district (kuyŏk) of a city or under a province: a second-level division, as an ordinary city is.</summary>
        District = 5,
    }
}
