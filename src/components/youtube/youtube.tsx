"use client";
import { forwardRef, useEffect, useRef, useState, type ComponentPropsWithoutRef } from "react";
import type { Direction } from "../../i18n/direction.js";
import { formatMessage } from "../../i18n/messages.js";
import { cn } from "../../lib/cn.js";
import { devWarn, show } from "../../lib/dev-warning.js";
import { safeHref } from "../../lib/safe-href.js";
import { useLocaleDirection, useMessages } from "../../provider/hooks.js";
import { youTubeMessages, type YouTubeMessages } from "./messages.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

export interface YouTubeProps extends Omit<ComponentPropsWithoutRef<"div">, "id" | "title" | "dir"> {
  /** The video's 11-character id, as in youtube.com/watch?v=<id>. */
  id: string;
  /** Title of the video: names the play button and the player. Default: "YouTube video", localized. */
  title?: string;
  /** Second to start playing at. Negative or non-numeric values are ignored with a warning. */
  start?: number | string;
  /** Locale of the built-in strings. Default: the provider's locale. */
  locale?: string;
  /** Text direction. Default: from `locale`, else the provider's. */
  dir?: Direction;
  /** Overrides for the built-in strings. */
  messages?: Partial<YouTubeMessages>;
}

// encodeURIComponent throws on half of a surrogate pair: pairs are kept, halves become U+FFFD.
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

function startSeconds(start: unknown): number | undefined {
  if (start === undefined || start === null || start === "") return undefined;
  // MDX passes attributes as strings (start="90"), so numeric strings count; NaN fails the test.
  const seconds = typeof start === "number" || typeof start === "string" ? Number(start) : Number.NaN;
  if (seconds >= 0 && seconds < Number.POSITIVE_INFINITY) return Math.floor(seconds);
  process.env.NODE_ENV !== "production" && devWarn("YouTube", `\`start\` must be a number of seconds, 0 or more; received ${show(start)}. It is ignored.`);
  return undefined;
}

/**
 * A YouTube video behind a facade: nothing is requested from YouTube until the reader presses play,
 * then the privacy-enhanced (youtube-nocookie.com) player replaces the facade and takes focus.
 */
export const YouTube = forwardRef<HTMLDivElement, YouTubeProps>(function YouTube(
  { id, title, start, locale: localeProp, dir: dirProp, messages: messagesProp, className, ...rest },
  ref,
) {
  const { locale, dirAttribute } = useLocaleDirection(localeProp, dirProp);
  const text = useMessages("YouTube", youTubeMessages, locale, messagesProp);
  const [playing, setPlaying] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const name = typeof title === "string" && title.trim() !== "" ? title : text.defaultTitle;
  const valid = typeof id === "string" && VIDEO_ID.test(id);
  const seconds = startSeconds(start);

  useEffect(() => {
    // Only after the reader pressed play: focus follows them into the player they asked for.
    if (playing) frame.current?.focus();
  }, [playing]);

  if (!valid) {
    process.env.NODE_ENV !== "production" && devWarn(
      "YouTube",
      `\`id\` must be an 11-character YouTube video id ([A-Za-z0-9_-]); received ${show(id)}. Showing a link instead of a player.`,
    );
    if (typeof id !== "string" || id.trim() === "") return null;
    return (
      <div ref={ref} dir={dirAttribute} data-slot="youtube" data-state="invalid" className={cn("sui-root sui-youtube-link", className)} {...rest}>
        {/* A plain anchor, not SafeLink: the URL is built here from an encoded id, always https and
            always external, so the router and resolveHref have nothing to do with it. */}
        <a href={safeHref(`https://www.youtube.com/watch?v=${encodeURIComponent(id.trim().replace(SURROGATES, (unit) => (unit.length === 2 ? unit : "\uFFFD")))}`)} rel="noopener noreferrer" data-slot="link">
          {formatMessage(text.watchOnYouTube, { title: name })}
        </a>
      </div>
    );
  }

  const src = safeHref(`https://www.youtube-nocookie.com/embed/${id}?autoplay=1${seconds === undefined ? "" : `&start=${seconds}`}`);
  return (
    <div
      ref={ref}
      dir={dirAttribute}
      data-slot="youtube"
      data-state={playing ? "playing" : "idle"}
      className={cn("sui-root sui-youtube", className)}
      {...rest}
    >
      {playing ? (
        <iframe
          ref={frame}
          className="sui-youtube__player"
          data-slot="youtube-player"
          src={src}
          title={name}
          allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      ) : (
        <button
          type="button"
          className="sui-youtube__facade"
          data-slot="youtube-play"
          aria-label={formatMessage(text.play, { title: name })}
          onClick={() => setPlaying(true)}
        >
          <span className="sui-youtube__title" data-slot="youtube-title">
            {name}
          </span>
          <span className="sui-youtube__play" aria-hidden="true" />
        </button>
      )}
    </div>
  );
});
