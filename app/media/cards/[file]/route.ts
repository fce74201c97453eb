// Share cards of stories without a picture (server/media/cards.tsx). The address names the story and a
// fingerprint of the card's text: an old fingerprint is sent on to the current card.
import { imageResponse, notFound } from "@/server/http/image-responses";
import { shareCard } from "@/server/media/cards";

const CARD_FILE = /^([a-z0-9]{1,40})\.([a-z0-9]{1,8})\.png$/;

export async function GET(request: Request, { params }: RouteContext<"/media/cards/[file]">) {
  const match = CARD_FILE.exec((await params).file);
  if (!match) return notFound();
  const answer = await shareCard(match[1]!, match[2]!);
  if (answer.kind === "moved") {
    return new Response(null, { status: 301, headers: { location: new URL(answer.url, request.url).pathname, "cache-control": "public, max-age=300" } });
  }
  return answer.kind === "card" ? imageResponse(answer.png, "image/png") : notFound();
}
