// run_app and take_shot: the entry points the CLI calls.
#include "app.h"

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include <unistd.h>

#include "app_driver.h"
#include "author_model.h"
#include "core/i18n.h"
#include "fonts.h"
#include "platform.h"
#include "theme.h"

namespace lab {

namespace {

// True when there is a screen a window could appear on.
bool have_display() {
    const char* driver = std::getenv("SDL_VIDEODRIVER");
    if (driver && *driver) return std::strcmp(driver, "offscreen") != 0 && std::strcmp(driver, "dummy") != 0;
    auto set = [](const char* v) { const char* s = std::getenv(v); return s && *s; };
    return set("DISPLAY") || set("WAYLAND_DISPLAY");
}

void say_no_display(const std::string& detail) {
    std::cerr << tr("Er is geen beeldscherm om het venster van Gesprekslab op te openen",
                    "There is no display to open the Gesprekslab window on");
    if (!detail.empty()) std::cerr << " (" << detail << ")";
    std::cerr << ".\n"
              << tr("Speel een gesprek in de terminal met:  gesprekslab play PAD\n",
                    "Play a conversation in the terminal with:  gesprekslab play PATH\n");
}

// A copy of the results database in `dir` (with its WAL), removed at the end.
struct ShotStoreCopy {
    std::filesystem::path dir;
    bool make(const std::string& from) {
        namespace fs = std::filesystem;
        std::error_code ec;
        const fs::path db = fs::path(from) / "gesprekslab.db";
        if (!fs::is_regular_file(db, ec)) {
            std::cerr << "error: " << fmt("er is geen resultatendatabase in {0}", "there is no results database in {0}", {q(from)}) << "\n";
            return false;
        }
        dir = fs::temp_directory_path() / ("gesprekslab-shot-data-" + std::to_string(::getpid()));
        fs::remove_all(dir, ec);
        fs::create_directories(dir, ec);
        for (const char* suffix : {"", "-wal", "-shm"}) {
            const fs::path f = fs::path(db.string() + suffix);
            if (fs::exists(f, ec)) fs::copy_file(f, dir / f.filename(), fs::copy_options::overwrite_existing, ec);
            if (ec) {
                std::cerr << "error: " << f.string() << ": " << ec.message() << "\n";
                return false;
            }
        }
        return true;
    }
    ~ShotStoreCopy() {
        std::error_code ec;
        if (!dir.empty()) std::filesystem::remove_all(dir, ec);
    }
};

}  // namespace

int run_app(const AppOptions& opt) {
    if (!opt.author.empty()) {
        const std::string problem = author_path_problem(opt.author);
        if (!problem.empty()) {
            std::cerr << "error: " << problem << "\n";
            return 1;
        }
    }
    if (!have_display()) {
        say_no_display("");
        return 1;
    }
    AppConfig cfg;
    cfg.scenarios_dir = opt.scenarios_dir;
    cfg.lang = opt.lang;
    cfg.settings_path = settings_path();
    cfg.data_dir = opt.data_dir.empty() ? data_dir() : opt.data_dir;
    // The app goes before the platform (see the end): its worker threads
    // may still wake the platform's event loop.
    auto app_owner = std::make_unique<App>(cfg);
    App& app = *app_owner;

    PlatformOptions po;
    po.width = app.settings().window_width;
    po.height = app.settings().window_height;
    po.maximized = app.settings().window_maximized;
    std::string error;
    bool no_display = false;
    std::unique_ptr<Platform> platform = Platform::open(po, &error, &no_display);
    if (!platform) {
        if (no_display) say_no_display(error);
        else std::cerr << "error: " << tr("kan het venster niet openen: ", "cannot open the window: ") << error << "\n";
        return 1;
    }
    Platform* pl = platform.get();
    platform->rebuild_fonts(text_pixels(app.settings().text_size));
    app.set_texture_loader([pl](const std::string& path) { return pl->load_texture(path); });
    app.set_waker([pl]() { pl->wake(); });
    if (!opt.author.empty()) app.open_author(opt.author, nullptr);

    // The loop sleeps until an event comes, or until the app asks for a
    // frame (a countdown, an animation). After input a few frames settle
    // ImGui's layout (sizes measured in one frame are used in the next).
    int settle = 3;
    while (!platform->quit_requested() && !app.quit_requested()) {
        double wait = (settle > 0 || platform->has_pending()) ? 0 : app.next_wakeup(Platform::clock());
        if (platform->process_events(wait)) settle = 3;
        if (platform->quit_requested()) break;
        if (app.take_fonts_dirty()) platform->rebuild_fonts(text_pixels(app.settings().text_size));
        platform->begin_frame();
        app.frame(Platform::clock());
        platform->end_frame(palette().bg);
        if (settle > 0) --settle;
    }
    int w = 0, h = 0;
    bool maximized = false;
    platform->window_size(w, h, maximized);
    app.set_window_size(w, h, maximized);
    app.persist_settings();
    app_owner.reset();  // joins the worker threads while the platform still exists
    platform.reset();
    return 0;
}

int take_shot(const ShotOptions& opt) {
    const std::optional<Screen> screen = parse_screen(opt.screen.empty() ? "conversation" : opt.screen);
    if (!screen) {
        std::cerr << "error: " << fmt("onbekend scherm {0}", "unknown screen {0}", {q(opt.screen)}) << "\n";
        return 1;
    }
    AppDriver::Options o;
    o.width = opt.width;
    o.height = opt.height;
    o.app.lang = opt.lang;
    o.app.background = false;
    o.app.live = false;  // countdowns stand still, portraits show their mood at once
    o.app.record = false;  // a picture is not an attempt
    o.app.data_dir = (std::filesystem::temp_directory_path() / "gesprekslab-shot").string();
    std::error_code ec;
    // A results store to show: the app works on a copy, so that the picture
    // changes nothing in it (a debrief shot records its attempt in the copy).
    ShotStoreCopy copy;
    if (!opt.data_dir.empty()) {
        if (!copy.make(opt.data_dir)) return 1;
        o.app.record = true;
        o.app.data_dir = copy.dir.string();
        o.app.reports_dir = (copy.dir / "portfolio").string();
    }
    const bool path_is_library = !opt.path.empty() && std::filesystem::is_directory(opt.path, ec) &&
                                 !std::filesystem::exists(std::filesystem::path(opt.path) / "scenario.lua", ec);
    if (*screen == Screen::Library) o.app.scenarios_dir = path_is_library ? opt.path : opt.scenarios_dir;
    std::string error;
    std::unique_ptr<AppDriver> d = AppDriver::open(o, &error);
    if (!d) {
        std::cerr << "error: " << tr("kan niet buiten beeld renderen: ", "cannot render off-screen: ") << error << "\n";
        return 1;
    }
    App& app = d->app();
    if (!opt.student.empty()) {
        Settings st = app.settings();
        st.student = opt.student;
        st.student_asked = true;
        app.set_settings(st);
    }
    // The screen asked for, as the student reaches it (the debrief with its best path shown).
    auto show = [&] {
        app.apply({Command::Show{*screen}});
        if (*screen == Screen::Debrief) app.reveal_best_path();
    };
    if (opt.author) {
        // Author mode: the watched version (loaded inline here), played as far as --choices go.
        if (*screen == Screen::Briefing) app.open_path(opt.path);  // a briefing belongs to a library entry
        if (!app.open_author(opt.path, &error)) {
            std::cerr << "error: " << error << "\n";
            return 1;
        }
        if (app.session() && !opt.choices.empty() && !app.play(opt.choices, &error)) {
            std::cerr << "error: " << error << "\n";
            return 1;
        }
        if (!opt.panel.empty()) app.show_author_panel(opt.panel);
        show();
        if (*screen == Screen::Conversation && !app.session()) app.open_author(opt.path, &error);  // the panel with the errors
        d->frames(6);  // layout settles; the graph is fitted and scrolled in the frames after it is laid out
        if (!d->save_png(opt.out, &error)) {
            std::cerr << "error: " << error << "\n";
            return 1;
        }
        return 0;
    }
    if (!opt.path.empty() && !(path_is_library && *screen == Screen::Library) && !app.open_path(opt.path)) {
        std::cerr << "error: " << fmt("geen scenario gevonden in {0}", "no scenario found in {0}", {q(opt.path)}) << "\n";
        return 1;
    }
    const LibraryEntry* entry = app.entry() >= 0 ? &app.library().entry(size_t(app.entry())) : nullptr;
    if (*screen == Screen::Conversation || *screen == Screen::Debrief) {
        if (!entry || !entry->to_play()) {
            if (entry)
                for (const Diagnostic& x : entry->diagnostics.all()) std::cerr << x.format() << "\n";
            std::cerr << "error: " << fmt("{0} kan niet gespeeld worden", "{0} cannot be played", {q(opt.path)}) << "\n";
            return 1;
        }
        app.start(Mode::Practice, opt.seed);
        if (!opt.choices.empty() && !app.play(opt.choices, &error)) {
            std::cerr << "error: " << error << "\n";
            return 1;
        }
    }
    show();
    d->frames(5);  // layout settles over a few frames
    if (!d->save_png(opt.out, &error)) {
        std::cerr << "error: " << error << "\n";
        return 1;
    }
    return 0;
}

}  // namespace lab
