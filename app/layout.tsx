import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/site-footer";
import { SiteFrame } from "@/components/site-frame";
import { SiteHeader } from "@/components/site-header";
import { ROOT_METADATA, ROOT_VIEWPORT } from "@/lib/root-metadata";
import { paletteCss } from "@/lib/theme/actor-palette";
import "./globals.css";

export const metadata: Metadata = ROOT_METADATA;

export const viewport: Viewport = ROOT_VIEWPORT;

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en-GB">
      <head>
        <style>{paletteCss()}</style>
      </head>
      <body className="flex min-h-screen flex-col">
        <SiteFrame header={<SiteHeader />} footer={<SiteFooter />}>
          {children}
        </SiteFrame>
      </body>
    </html>
  );
}
