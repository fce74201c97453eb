// Steps in the story editor shared by the specs: choose a section, add a byline or a topic, insert a link.
// Every click goes through `click`, so e2e/click-count.spec.ts can count them.
import { expect, type Locator, type Page } from "@playwright/test";

export type Click = (target: Locator) => Promise<void>;
const plainClick: Click = (target) => target.click();

/** Counts every click made through it (page.click and locator.click alike). */
export function clickCounter() {
  const counter = {
    count: 0,
    click: (async (target: Locator) => {
      counter.count++;
      await target.click();
    }) as Click,
    /** page.click with a selector, counted the same way. */
    clickSelector: async (page: Page, selector: string) => {
      counter.count++;
      await page.click(selector);
    },
  };
  return counter;
}

export const sectionField = (page: Page) => page.getByRole("combobox", { name: "Section" });
export const bylineField = (page: Page) => page.getByRole("combobox", { name: "Add a byline" });
export const topicField = (page: Page) => page.getByRole("combobox", { name: "Add a topic" });
export const bylineList = (page: Page) => page.getByRole("group", { name: "Bylines, in order" }).getByRole("listitem");
export const topicList = (page: Page) => page.getByRole("group", { name: "Topics" }).getByRole("listitem");

/** Chooses a section by typing part of its name and pressing Enter. */
export async function pickSection(page: Page, name: string, click: Click = plainClick) {
  const field = sectionField(page);
  await click(field);
  await field.fill(name);
  await expect(page.getByRole("listbox", { name: "Sections" }).getByRole("option").first()).toHaveText(name);
  await field.press("Enter");
  await expect(field).toHaveValue(name);
}

/** Adds a byline by typing the person's name and pressing Enter. */
export async function addByline(page: Page, name: string, click: Click = plainClick) {
  const field = bylineField(page);
  await click(field);
  await field.fill(name);
  await expect(page.getByRole("listbox", { name: "Bylines" }).getByRole("option").first()).toHaveText(name);
  await field.press("Enter");
  await expect(bylineList(page).filter({ hasText: name })).toHaveCount(1);
}

/**
 * Adds topics by typing each and pressing Enter: an existing topic is picked, a new one is created
 * ("Add new topic …") where the role allows. Only the first needs a click into the field.
 */
export async function addTopics(page: Page, names: string[], click: Click = plainClick) {
  const field = topicField(page);
  await click(field);
  for (const name of names) {
    await field.fill(name);
    const first = page.getByRole("listbox", { name: "Topics" }).getByRole("option").first();
    await expect(first).toHaveText(new RegExp(`^(${escape(name)}|Add new topic “${escape(name)}”)$`, "i"));
    await field.press("Enter");
    await expect(topicList(page).filter({ hasText: new RegExp(`^${escape(name)}`, "i") })).toHaveCount(1);
  }
}

/**
 * Links the text selected in the body: opens the link dialog with Ctrl+K (or the toolbar's Link button when
 * `click` is given one), then either types an address or types words from a headline and picks the story
 * suggested first. Returns the address inserted.
 */
export async function insertLink(page: Page, target: { address: string } | { words: string; headline: string }, options: { viaToolbar?: boolean; click?: Click } = {}) {
  const click = options.click ?? plainClick;
  if (options.viaToolbar) await click(page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Link" }));
  else await page.keyboard.press("ControlOrMeta+k");
  const dialog = page.getByRole("dialog", { name: /link/i });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole("combobox", { name: "Link to" });
  let address: string;
  if ("address" in target) {
    await field.fill(target.address);
    address = target.address;
  } else {
    await field.fill(target.words);
    const suggestion = dialog.getByRole("option").filter({ hasText: target.headline }).first();
    await expect(suggestion).toBeVisible();
    await expect(dialog.getByRole("option").first()).toContainText(target.headline);
    await field.press("Enter");
    address = await field.inputValue();
    await expect(dialog.getByText(`Links to our story “${target.headline}”.`)).toBeVisible();
  }
  await field.press("Enter");
  await expect(dialog).toBeHidden();
  return address;
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
