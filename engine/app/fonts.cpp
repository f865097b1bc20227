#include "fonts.h"

#include <fontconfig/fontconfig.h>
#include <imgui_freetype.h>

#include <cmath>
#include <filesystem>

namespace lab {

namespace {
Fonts g_fonts;
}

const Fonts& fonts() { return g_fonts; }

const ImWchar* glyph_ranges() {
    static const ImWchar ranges[] = {
        0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement (é ë ï ö ü ...)
        0x0100, 0x017F,  // Latin Extended-A (ĳ ş ğ ł ż ...)
        0x0218, 0x021B,  // ș ț
        0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
        0x2030, 0x203A,  // per mille, guillemets
        0x20AC, 0x20AC,  // euro
        0x2122, 0x2122,  // trade mark
        0x2190, 0x21BB,  // arrows
        0x2212, 0x2212,  // minus
        0x2500, 0x2500,  // line
        0x25A0, 0x25CF,  // squares, triangles, circles
        0x2605, 0x2606,  // stars
        0x2713, 0x2717,  // check marks, crosses
        0xFFFD, 0xFFFD,  // replacement character
        0,
    };
    return ranges;
}

std::string find_font_file(const char* family, int weight, int slant) {
    // A configuration of our own (not fontconfig's global one), released
    // when done.
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) return {};
    std::string out;
    FcPattern* pat = FcPatternCreate();
    FcPatternAddString(pat, FC_FAMILY, reinterpret_cast<const FcChar8*>(family));
    FcPatternAddString(pat, FC_FAMILY, reinterpret_cast<const FcChar8*>("sans-serif"));
    FcPatternAddInteger(pat, FC_WEIGHT, weight);
    FcPatternAddInteger(pat, FC_SLANT, slant);
    FcLangSet* langs = FcLangSetCreate();
    FcLangSetAdd(langs, reinterpret_cast<const FcChar8*>("nl"));
    FcPatternAddLangSet(pat, FC_LANG, langs);
    FcPatternAddBool(pat, FC_SCALABLE, FcTrue);
    FcConfigSubstitute(config, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult res = FcResultNoMatch;
    FcPattern* match = FcFontMatch(config, pat, &res);
    if (match) {
        FcChar8* file = nullptr;
        FcCharSet* cs = nullptr;
        bool covers = true;
        // The font must have the characters Dutch text needs most.
        if (FcPatternGetCharSet(match, FC_CHARSET, 0, &cs) == FcResultMatch)
            for (FcChar32 c : {0xEBu, 0xEFu, 0x20ACu, 0x2014u, 0x201Cu, 0x2019u})
                if (!FcCharSetHasChar(cs, c)) covers = false;
        if (covers && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch && file) out = reinterpret_cast<const char*>(file);
        FcPatternDestroy(match);
    }
    FcLangSetDestroy(langs);
    FcPatternDestroy(pat);
    FcConfigDestroy(config);
    std::error_code ec;
    if (!out.empty() && !std::filesystem::is_regular_file(out, ec)) out.clear();
    return out;
}

bool build_fonts(float px, std::string* problem) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    io.Fonts->TexGlyphPadding = 1;

    Fonts f;
    f.px = px;
    static std::string regular, bold, italic;  // fontconfig is asked once per run
    if (regular.empty()) {
        regular = find_font_file("DejaVu Sans", FC_WEIGHT_REGULAR, FC_SLANT_ROMAN);
        bold = find_font_file("DejaVu Sans", FC_WEIGHT_BOLD, FC_SLANT_ROMAN);
        italic = find_font_file("DejaVu Sans", FC_WEIGHT_REGULAR, FC_SLANT_ITALIC);
        if (bold.empty()) bold = regular;
        if (italic.empty()) italic = regular;
    }
    f.regular_file = regular;
    f.bold_file = bold;
    f.italic_file = italic;
    bool ok = true;
    if (regular.empty()) {
        ok = false;
        if (problem) *problem = "fontconfig found no font with Dutch coverage; using the built-in font";
        ImFontConfig cfg;
        cfg.SizePixels = px;
        f.body = f.bold = f.italic = f.small = f.heading = f.title = f.big = io.Fonts->AddFontDefault(&cfg);
    } else {
        auto add = [&](const std::string& file, float size) {
            ImFontConfig cfg;
            cfg.OversampleH = 1;
            cfg.OversampleV = 1;
            cfg.PixelSnapH = true;
            ImFont* font = io.Fonts->AddFontFromFileTTF(file.c_str(), size, &cfg, glyph_ranges());
            if (!font) ok = false;
            return font;
        };
        f.body = add(regular, px);
        f.bold = add(bold, px);
        f.italic = add(italic, px);
        f.small = add(regular, std::round(px * 0.84f));
        f.heading = add(bold, std::round(px * 1.3f));
        f.title = add(bold, std::round(px * 1.75f));
        f.big = add(bold, std::round(px * 2.6f));
        if (!ok) {
            if (problem) *problem = "could not load " + regular;
            io.Fonts->Clear();
            ImFontConfig cfg;
            cfg.SizePixels = px;
            f.body = f.bold = f.italic = f.small = f.heading = f.title = f.big = io.Fonts->AddFontDefault(&cfg);
        }
    }
    // Characters the font lacks (emoji) show as U+FFFD when the font has it.
    io.Fonts->Build();
    io.FontDefault = f.body;
    g_fonts = f;
    return ok;
}

}  // namespace lab
