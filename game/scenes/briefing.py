"""Briefing cards between missions (the picture large, the text beside it), the chapter list
and the side choice."""

from __future__ import annotations

import sys

import pygame

from game.campaign import CHAPTERS, Card, Chapter, next_chapter, story_chapter
from game.input.control_names import keyboard_legend, pad_legend
from game.input.prompts import hint as hint_for
from game.level.missions import is_playable
from game.render.assets import AssetError
from game.render.text_cache import TextCache
from game.render.wrap_text import wrap_px
from game.scenes.base import BACK, STAY, Go, Run, Scene
from game.scenes.context import GameContext
from game.scenes.layout import stage
from game.scenes.menu import Menu
from game.scenes.notice import draw_notice
from game.settings import Settings

BACKDROP = (11, 12, 17)
ORANGE = (255, 150, 60)
PAPER = (232, 226, 212)
MUTED = (150, 150, 160)
ALT_RED = (220, 60, 50)
ART_RECT = pygame.Rect(40, 92, 792, 440)  # the 720x400 card art scaled by 1.1
TEXT_LEFT, TEXT_WIDTH = 866, 374
BODY_SIZE, HEADING_SIZE, KEY_SIZE = 28, 40, 26
STRIP_W = 144  # storyboard thumbnails under the picture


class BriefingScene(Scene):
    """Pages through a chapter's cards; after the last, starts its mission or the next card."""

    def __init__(self, ctx: GameContext, chapter: Chapter, run: Run, page: int = 0,
                 closing: bool = False) -> None:
        self.ctx = ctx
        self.chapter = chapter
        self.run = run  # what starts after the last card (side chosen before, if any)
        self.page = min(max(0, page), len(chapter.cards) - 1)  # Continue may resume mid-way
        self.closing = closing  # the cards after the chapter's won mission: then the next one
        self.notice = ""  # one line: why the place could not be saved
        self._mark()

    def _mark(self) -> None:
        """Continue comes back to this card of this chapter, in this or a later session
        (closing cards are not a place: the won chapter already points Continue onward)."""
        if not self.closing:
            self.notice = self.ctx.progress.mark_place(self.chapter.id, self.page)

    def handle(self, action: str) -> Go:
        if action in ("pause", "back"):
            return Go("title")
        if action in ("left", "up") and self.page > 0:
            self.page -= 1
            self._mark()
            return STAY
        if action not in ("confirm", "right"):
            return STAY
        if self.page + 1 < len(self.chapter.cards):
            self.page += 1
            self._mark()
            return STAY
        return self._after()

    def _after(self) -> Go:
        return Go("next", run=self.run) if self.closing else Go("briefed", run=self.run)

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        if text is None:
            return
        card = self.chapter.cards[self.page].for_side(self.run.side)  # each side its own job
        surface.fill(BACKDROP)
        surface = stage(surface)
        draw_header(surface, text, self.chapter)
        if self.run.mission and self.run.side in SIDE_NAMES and not self.closing:  # whose turn
            label = f"{'REMATCH AS' if self.run.ghost_of else 'PLAYING'}  " \
                f"{SIDE_NAMES[self.run.side].upper()}"
            text.shadowed(surface, label, (1240, 40), 24, MUTED, True, "topright")
        draw_art(surface, self.ctx, card, self.chapter.alternative)
        keys = pad_legend(self.ctx.settings) if self.ctx.using_pad and card.keys else \
            legend(card.keys, self.ctx.settings)
        draw_text(surface, text, card, keys)
        if not card.keys:
            draw_strip(surface, self.ctx, self.chapter, self.page)
        draw_footer(surface, text, self.page, len(self.chapter.cards), self._next_label(),
                    self.ctx.using_pad)
        if self.notice:
            draw_notice(surface, text, self.notice)

    def _next_label(self) -> str:
        if self.page + 1 < len(self.chapter.cards):
            return "next card"
        if self.chapter.mission and is_playable(self.chapter.mission) and not self.closing:
            return "start the mission"
        return "credits" if next_chapter(self.chapter.id) is None else "next chapter"


def chapter_number(chapter: Chapter) -> str:
    for i, entry in enumerate(CHAPTERS[:-1]):
        if entry.id == chapter.id:
            return "PROLOGUE" if i == 0 else f"CHAPTER {i}"
    return "EPILOGUE"


def draw_header(surface: pygame.Surface, text: TextCache, chapter: Chapter) -> None:
    label = f"{chapter_number(chapter)}  ·  {chapter.title.upper()}"
    text.shadowed(surface, label, (ART_RECT.left, 30), 38, ORANGE, True)
    pygame.draw.line(surface, (60, 46, 36), (ART_RECT.left, 74), (1240, 74), 2)


def draw_art(surface: pygame.Surface, ctx: GameContext, card: Card, alternative: bool) -> None:
    """The card's illustration, framed, with its place and time stamped in the corner."""
    pygame.draw.rect(surface, (0, 0, 0), ART_RECT.inflate(8, 8))
    picture = card_picture(ctx, card)
    if picture is None:
        pygame.draw.rect(surface, (30, 30, 38), ART_RECT)
    else:
        surface.blit(picture, ART_RECT)
    text = ctx.text
    assert text is not None
    if card.caption:
        label = text.render(card.caption.upper(), 24, PAPER, True)
        box = label.get_rect(bottomleft=(ART_RECT.left + 14, ART_RECT.bottom - 14)).inflate(
            18, 10)
        pygame.draw.rect(surface, (0, 0, 0), box)
        surface.blit(label, label.get_rect(center=box.center))
    if alternative:
        stamp = text.render("ALTERNATIVE ENDING", 34, (255, 235, 225), True)
        box = stamp.get_rect(topright=(ART_RECT.right - 16, ART_RECT.top + 16)).inflate(22, 12)
        pygame.draw.rect(surface, ALT_RED, box)
        pygame.draw.rect(surface, (255, 235, 225), box, 2)
        surface.blit(stamp, stamp.get_rect(center=box.center))


def card_picture(ctx: GameContext, card: Card,
                 size: tuple[int, int] = ART_RECT.size) -> pygame.Surface | None:
    """The card art scaled to ``size`` (cached by the asset store), or None without one."""
    if ctx.assets is None or not card.art:
        return None
    key = f"cards/{card.art}@{size[0]}x{size[1]}"
    cached = ctx.assets.images.get(key)
    if cached is None:
        try:
            cached = pygame.transform.smoothscale(ctx.assets.image(f"cards/{card.art}.png"),
                                                  size)
        except AssetError as err:
            cached = missing_art(ctx, size, str(err))
        ctx.assets.images[key] = cached
    return cached


def missing_art(ctx: GameContext, size: tuple[int, int], problem: str) -> pygame.Surface:
    """A card whose picture is missing: said once on stderr, and in the frame where it would
    be (its file and the fix), instead of an empty panel."""
    if not any(problem == said for said in ctx.assets_reported):
        ctx.assets_reported.append(problem)
        print(f"heat: {problem}", file=sys.stderr)
    blank = pygame.Surface(size)
    blank.fill((30, 30, 38))
    if ctx.text is not None and size[0] >= 400:
        name = problem.split(": cannot load", 1)[0]
        lines = ["Card art missing:", *wrap_px(ctx.text, name, 22, size[0] - 40),
                 "regenerate it with 'python tools/make_assets.py'"]
        for i, line in enumerate(lines):
            ctx.text.shadowed(blank, line, (20, 20 + i * 28), 22, PAPER)
    return blank


def legend(keys: tuple[tuple[str, str], ...], settings: Settings) -> tuple[tuple[str, str], ...]:
    """A card's controls legend as this player has it: every default key the card names
    becomes the key bound to that action now, interact held or pressed as the option says."""
    now = dict(zip((k for k, _ in keyboard_legend(Settings())),
                   (k for k, _ in keyboard_legend(settings)), strict=True))
    return tuple((now.get(key, key), action) for key, action in keys)


def draw_text(surface: pygame.Surface, text: TextCache, card: Card,
              keys: tuple[tuple[str, str], ...] = ()) -> None:
    """Heading, paragraphs and any controls legend in the column right of the picture."""
    y = ART_RECT.top - 4
    for line in wrap_px(text, card.heading, HEADING_SIZE, TEXT_WIDTH, True):
        surface.blit(text.render(line, HEADING_SIZE, PAPER, True), (TEXT_LEFT, y))
        y += HEADING_SIZE
    y += 14
    for paragraph in card.body:
        for line in wrap_px(text, paragraph, BODY_SIZE, TEXT_WIDTH):
            surface.blit(text.render(line, BODY_SIZE, (214, 208, 196)), (TEXT_LEFT, y))
            y += BODY_SIZE - 2
        y += 12
    if keys:
        draw_keys(surface, text, keys, y)


def draw_keys(surface: pygame.Surface, text: TextCache, keys: tuple[tuple[str, str], ...],
              top: int) -> None:
    """The controls legend across the bottom: keys in orange, their actions beside them."""
    top = max(top, ART_RECT.bottom + 18)
    columns = ((ART_RECT.left, 160), (ART_RECT.left + 420, 130), (ART_RECT.left + 830, 160))
    rows = (len(keys) + len(columns) - 1) // len(columns)
    for i, (key, action) in enumerate(keys):
        (x, key_width), row = columns[i // rows], i % rows
        y = top + row * (KEY_SIZE + 4)
        surface.blit(text.render(key, KEY_SIZE, ORANGE, True), (x, y))
        line = wrap_px(text, action, KEY_SIZE - 2, 400 - key_width - 10)[0]
        surface.blit(text.render(line, KEY_SIZE - 2, PAPER), (x + key_width, y + 1))


def draw_strip(surface: pygame.Surface, ctx: GameContext, chapter: Chapter, page: int) -> None:
    """The chapter as a storyboard strip under the picture: the card being read stands out."""
    if len(chapter.cards) < 2:
        return
    size = (STRIP_W, STRIP_W * 400 // 720)
    for i, card in enumerate(chapter.cards):
        rect = pygame.Rect(ART_RECT.left + i * (STRIP_W + 14), ART_RECT.bottom + 22, *size)
        picture = card_picture(ctx, card, size)
        pygame.draw.rect(surface, ORANGE if i == page else (40, 40, 48), rect.inflate(6, 6))
        if picture is not None:
            surface.blit(picture, rect)
        if i != page:
            surface.fill((110, 110, 120), rect, special_flags=pygame.BLEND_RGB_MULT)


def draw_footer(surface: pygame.Surface, text: TextCache, page: int, pages: int,
                next_label: str, pad: bool = False) -> None:
    for i in range(pages):
        centre = (ART_RECT.left + 8 + i * 22, 684)
        if i == page:
            pygame.draw.circle(surface, ORANGE, centre, 7)
        else:
            pygame.draw.circle(surface, MUTED, centre, 6, 2)
    steps = [("confirm", next_label)] + ([("previous", "previous")] if page > 0 else [])
    hint = hint_for(pad, *steps, ("back", "title"))
    text.shadowed(surface, hint, (1240, 672), 26, (200, 200, 205), False, "topright")


class ChapterSelectScene(Scene):
    def __init__(self, ctx: GameContext, finished: set[str] | None = None) -> None:
        self.ctx = ctx
        self.finished = {story_chapter(c) for c in finished or set()}  # either ending counts
        self.menu = Menu([self._label(c) for c in CHAPTERS])

    def _label(self, chapter: Chapter) -> str:
        mark = "  [done]" if chapter.id in self.finished else ""
        if not chapter.mission:
            return f"{chapter.title} (story){mark}"
        playable = is_playable(chapter.mission)
        return (chapter.title if playable else f"{chapter.title} (coming)") + mark

    def handle(self, action: str) -> Go:
        if action in ("pause", "back"):
            return BACK
        if self.menu.handle(action) is None:
            return STAY
        return Go("chapter", chapter=CHAPTERS[self.menu.index].id)

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        if text is None:
            return
        surface.fill(BACKDROP)
        surface = stage(surface)
        text.shadowed(surface, "CAMPAIGN", (360, 36), 72, ORANGE, True, "midtop")
        self.menu.draw(surface, text, 360, 126, 30)
        chosen = CHAPTERS[self.menu.index]
        preview = pygame.Rect(700, 150, 540, 300)
        picture = card_picture(self.ctx, chosen.cards[0], preview.size)
        pygame.draw.rect(surface, (0, 0, 0), preview.inflate(8, 8))
        if picture is not None:
            surface.blit(picture, preview)
        text.shadowed(surface, f"{chapter_number(chosen)}  ·  {chosen.title}", (700, 470), 32,
                      PAPER, True)
        beats = ", ".join(card.heading for card in chosen.cards)
        for i, line in enumerate(wrap_px(text, beats, 26, 540)[:3]):
            text.shadowed(surface, line, (700, 512 + i * 28), 26, MUTED)


SIDE_NAMES = {"crew": "The crew (McCauley)", "lapd": "The police (Hanna)"}
LEADS = {"crew": "McCauley", "lapd": "Hanna"}  # who the player is on each side, in short
SIDE_BLURBS = {"crew": "Get in, get the score, walk away clean.",
               "lapd": "Hanna's unit: stop them, by the rules."}


def rematch_label(side: str) -> str:
    """The menu item for a rematch as ``side`` against the player's own run of the other."""
    return f"Rematch: {LEADS.get(side, side)} against your own run"


class SideScene(Scene):
    """For a chapter playable from both sides: whose story to play this time, and, when a run
    of one side is stored, a rematch as the ``rematch`` side against that run."""

    def __init__(self, ctx: GameContext, chapter: Chapter, sides: tuple[str, ...],
                 rematch: str = "") -> None:
        self.ctx = ctx
        self.chapter = chapter
        self.sides = sides
        self.rematch = rematch if rematch in sides else ""
        items = [SIDE_NAMES.get(s, s) for s in sides]
        if self.rematch:
            items.append(rematch_label(self.rematch))
        self.menu = Menu(items)

    def handle(self, action: str) -> Go:
        if action in ("pause", "back"):
            return Go("title")
        if self.menu.handle(action) is None:
            return STAY
        if self.menu.index >= len(self.sides):  # the rematch
            recorded = next(s for s in self.sides if s != self.rematch)
            run = Run(self.chapter.mission, self.rematch, 0, self.chapter.id, ghost_of=recorded)
        else:
            run = Run(self.chapter.mission, self.sides[self.menu.index], 0, self.chapter.id)
        return Go("chapter", chapter=self.chapter.id, run=run)

    def draw(self, surface: pygame.Surface) -> None:
        text = self.ctx.text
        if text is None:
            return
        surface.fill(BACKDROP)
        view = stage(surface)
        picture = card_picture(self.ctx, self.chapter.cards[-1], (1280, 720))
        if picture is not None:  # the chapter's scene, dimmed, behind the choice
            view.blit(picture, (0, 0))
            view.fill((90, 90, 100), special_flags=pygame.BLEND_RGB_MULT)
        label = f"{chapter_number(self.chapter)}  ·  {self.chapter.title.upper()}"
        text.shadowed(view, label, (640, 60), 56, ORANGE, True, "midtop")
        text.shadowed(view, "Choose a side", (640, 150), 34, PAPER, False, "midtop")
        self.menu.draw(view, text, 640, 260, 44)
        chosen = self.sides[self.menu.index] if self.menu.index < len(self.sides) else ""
        blurb = SIDE_BLURBS.get(chosen, "Your recorded run plays the other side, move for "
                                "move, until you change what it can do.")
        text.shadowed(view, blurb, (640, 560), 28, PAPER, False, "midtop")
        text.shadowed(view, hint_for(self.ctx.using_pad, ("choose", "choose"), ("confirm", "play"),
                                     ("back", "title")), (640, 672), 24, MUTED, False, "midtop")
