import type { MessageCatalog } from "../../i18n/messages.js";

export interface YouTubeMessages extends Record<string, string> {
  /** Title used when the `title` prop is not given. */
  defaultTitle: string;
  /** Accessible name of the play button. */
  play: string;
  /** Text of the fallback link shown when the video id is invalid. */
  watchOnYouTube: string;
}

export const youTubeMessages: MessageCatalog<YouTubeMessages> = {
  en: { defaultTitle: "YouTube video", play: "Play video: {title}", watchOnYouTube: "Watch on YouTube: {title}" },
  zh: { defaultTitle: "YouTube 视频", play: "播放视频：{title}", watchOnYouTube: "在 YouTube 上观看：{title}" },
  ar: { defaultTitle: "فيديو على يوتيوب", play: "تشغيل الفيديو: {title}", watchOnYouTube: "شاهد على يوتيوب: {title}" },
};
